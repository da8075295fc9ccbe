package org.rekindle.store;

/**
 * A write to a journal whose folder or file cannot be written (a read-only mount, a backup
 * restored read-only). Reading and exporting still work; only this write was refused.
 */
public final class ReadOnlyJournal extends StoreException {
    public ReadOnlyJournal(String message) {
        super(message);
    }
}
