package org.rekindle.store;

/** The journal stayed locked by another writer for longer than the store waits: nothing was stored; try again. */
public final class StoreBusy extends StoreException {
    public StoreBusy(String where, Throwable cause) {
        super(where + " stayed busy", cause);
    }
}
