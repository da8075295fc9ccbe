package org.rekindle.store;

/**
 * The journal's file is damaged (truncated, overwritten, a bad sector): SQLite's own checks said so.
 * Nothing is written to it any more; the way back is an export kept elsewhere.
 */
public final class JournalDamaged extends StoreException {
    public JournalDamaged(String message, Throwable cause) {
        super(message, cause);
    }
}
