package org.rekindle.store;

/**
 * The journal could not be read or written. Each subtype says what, in data (a path, a reason),
 * not in any front end's words: the command line and the web each word it for their own reader.
 * A plain {@code StoreException} is a fault (a bug, a broken disk), never something the user can fix.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
