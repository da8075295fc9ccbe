package org.rekindle.store;

/** A journey was already started here; one data folder, or one account, holds one journey. */
public final class JourneyExists extends StoreException {
    public JourneyExists() {
        super("a journey already exists here");
    }
}
