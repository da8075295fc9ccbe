package org.rekindle.store;

/**
 * The database cannot be reached (not at start, or not just now: a restart, a dropped connection, a
 * full pool). Whether a write that failed this way was stored is unknown, so nothing is retried
 * behind the caller's back. {@link #atStart()} tells a server that never answered from one that went away.
 */
public final class StoreUnavailable extends StoreException {

    private final boolean atStart;

    public StoreUnavailable(String message, boolean atStart, Throwable cause) {
        super(message, cause);
        this.atStart = atStart;
    }

    public boolean atStart() {
        return atStart;
    }
}
