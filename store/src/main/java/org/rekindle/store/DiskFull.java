package org.rekindle.store;

/**
 * The disk holding the journal is full: nothing of the failed write was kept (SQLite rolled it
 * back), and what was stored before is intact. Not the user's input, so exit 1 / 507.
 */
public final class DiskFull extends StoreException {
    public DiskFull(String message, Throwable cause) {
        super(message, cause);
    }
}
