package org.rekindle.cli;

import java.io.Console;
import java.util.Arrays;


import org.rekindle.store.TextSeal;

/**
 * Where the command line gets an encrypted journal's passphrase: {@code $REKINDLE_PASSPHRASE}, else a
 * prompt on the terminal (never echoed), else none (the command then says how to give one). Never an
 * option: a command line is visible to every account on the machine.
 */
final class Passphrase {

    private Passphrase() {
    }

    /** Installs the source every command uses when a journal asks for its passphrase. */
    static void install() {
        TextSeal.passphrases = () -> {
            char[] env = fromEnvironment();
            if (env != null) {
                return env;
            }
            Console console = System.console();
            return console == null ? null : console.readPassword("Passphrase of the journal: ");
        };
    }

    /** A new passphrase for {@code rekindle encrypt}: from the environment, or typed twice. */
    static char[] fresh() {
        char[] env = fromEnvironment();
        if (env != null) {
            return env;
        }
        Console console = System.console();
        if (console == null) {
            throw new CliInput("give the new passphrase in REKINDLE_PASSPHRASE, or run 'rekindle encrypt' in a terminal "
                    + "to type it");
        }
        char[] first = console.readPassword("New passphrase (8 characters or more): ");
        char[] again = console.readPassword("The same again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new CliInput("the two passphrases differ: nothing was changed; run 'rekindle encrypt' again");
        }
        return first;
    }

    private static char[] fromEnvironment() {
        String env = System.getenv("REKINDLE_PASSPHRASE");
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }
}
