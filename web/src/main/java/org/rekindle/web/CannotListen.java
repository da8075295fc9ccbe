package org.rekindle.web;

/** The server could not take its address (in use, not this machine's, not allowed): which, and the system's reason. */
final class CannotListen extends RuntimeException {
    CannotListen(String message, Throwable cause) {
        super(message, cause);
    }
}
