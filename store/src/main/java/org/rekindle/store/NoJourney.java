package org.rekindle.store;

/** Nothing to read or append to: no journey was started here (this data folder, or this account). */
public final class NoJourney extends StoreException {
    public NoJourney() {
        super("no journey here yet");
    }
}
