package org.rekindle.app;

/** Bad input the user can fix: the message says what and how. Exit code 2 on the command line, 400 over HTTP. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
