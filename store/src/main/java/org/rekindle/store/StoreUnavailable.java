package org.rekindle.store;

/**
 * The database could not be reached just now (a restart, a dropped connection, a full pool): nothing
 * the user did, and likely gone in a moment. The web answers 503 with Retry-After; whether a write
 * that failed this way was stored is unknown, so nothing is retried behind the caller's back.
 */
public final class StoreUnavailable extends StoreException {
    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
