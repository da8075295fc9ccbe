package org.rekindle.cli;

/** Bad input the user can fix: exit code 2 and a one-line message saying what and how. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
