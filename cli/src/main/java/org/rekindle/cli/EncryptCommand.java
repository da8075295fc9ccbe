package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;


import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rekindle encrypt} and {@code rekindle decrypt}: the journal's free text (texts, notes,
 * journal entries) sealed under a passphrase, or opened again, in place and all at once. Kinds and
 * days stay clear, so {@code status} and {@code plan} never ask; {@code history} and {@code export} do.
 */
final class EncryptCommand {

    private EncryptCommand() {
    }

    @Command(name = "encrypt", description = {"Encrypt the journal's texts, notes and entries under a passphrase.",
            "The passphrase comes from $REKINDLE_PASSPHRASE, or is typed twice.",
            "status and plan still need none; history and export ask for it.",
            "There is no way back without the passphrase: keep it, or keep an export somewhere safe."})
    static final class Encrypt implements Callable<Integer> {
        @ParentCommand
        Rekindle root;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database store = Database.sqlite(root.dataDir(), Database.Mode.EXISTING, root.clock())) {
                if (store.isEncrypted()) {
                    throw new CliInput("the journal in " + root.dataDir() + " is already encrypted");
                }
                store.encrypt(Passphrase.fresh());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Encrypted the journal's texts, notes and entries in " + root.dataDir().toAbsolutePath().normalize()
                    + ". history and export will ask for the passphrase; status and plan will not.");
            out.flush();
            return 0;
        }
    }

    @Command(name = "decrypt", description = "Decrypt the journal's texts, notes and entries in place (the passphrase is needed).")
    static final class Decrypt implements Callable<Integer> {
        @ParentCommand
        Rekindle root;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database store = Database.sqlite(root.dataDir(), Database.Mode.EXISTING, root.clock())) {
                if (!store.isEncrypted()) {
                    throw new CliInput("the journal in " + root.dataDir() + " is not encrypted");
                }
                store.decrypt();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Decrypted the journal in " + root.dataDir().toAbsolutePath().normalize() + ".");
            out.flush();
            return 0;
        }
    }
}
