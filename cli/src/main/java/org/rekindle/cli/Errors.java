package org.rekindle.cli;

import org.rekindle.app.UserError;
import java.io.PrintWriter;

import org.rekindle.playbook.PlaybookException;
import org.rekindle.store.StoreException;

/** How a failed command is reported: one line on stderr, and the exit code that says whose fault it was. */
final class Errors {

    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    private Errors() {
    }

    static int report(Throwable ex, PrintWriter err) {
        int code = FAILED;
        String message;
        if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
            code = BAD_INPUT;
            message = ex.getMessage();
        } else if (ex instanceof StoreException s) {
            code = s.isUsersToFix() ? BAD_INPUT : FAILED;
            message = s.getMessage();
        } else if (ex instanceof PlaybookException) {
            message = "the playbook is broken: " + ex.getMessage();
        } else {
            message = "unexpected error: " + ex;
        }
        err.println("rekindle: " + oneLine(message));
        err.flush();
        return code;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
