package org.rekindle.store;

/**
 * The journey asked for is not this account's (or does not exist: the two are not told apart, so a
 * guessed id says nothing about other accounts). The web answers 404.
 */
public final class NoSuchJourney extends StoreException {
    public NoSuchJourney(long journeyId) {
        super("no journey " + journeyId + " here", true);
    }
}
