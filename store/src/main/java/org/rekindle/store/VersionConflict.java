package org.rekindle.store;

/** Someone else appended first: the expected version was taken. Read again, decide again, retry. */
public final class VersionConflict extends StoreException {
    public VersionConflict(long journeyId, long expected) {
        super("journey " + journeyId + " moved past version " + expected + " while appending", false);
    }
}
