package org.rekindle.store;

/** Someone else appended first: the expected version was taken. Read again, decide again, retry. */
public final class VersionConflict extends StoreException {
    public VersionConflict(long expected) {
        super("the journal moved past version " + expected + " while appending");
    }
}
