package org.rekindle.journey;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry with its place in the journal, as the fold reads it: the version a retraction names, what happened
 * ({@link Fact}, never free text), and the moment it was logged, which the 24-hour limit on retracting a final no
 * is measured from.
 */
public record Logged(long version, Fact fact, Instant recordedAt) {
    public Logged {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (version < 1) {
            throw new IllegalArgumentException("journal versions start at 1, not " + version);
        }
    }

    /** A whole event logged at {@code version}, as the fold reads it. */
    public static Logged of(long version, JournalEvent event, Instant recordedAt) {
        return new Logged(version, EventSchema.fact(event), recordedAt);
    }
}
