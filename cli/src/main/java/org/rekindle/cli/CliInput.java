package org.rekindle.cli;

/** Bad input only the command line has (a file to read, a path to write): exit 2, the message says what and how. */
final class CliInput extends RuntimeException {
    CliInput(String message) {
        super(message, null, false, false);
    }
}
