package org.rekindle.journey;

import java.time.Instant;
import java.util.Objects;

/**
 * An event with its place in the journal: the version a retraction names, and the moment it was
 * logged, which the 24-hour limit on retracting a final no is measured from.
 */
public record Logged(long version, JournalEvent event, Instant recordedAt) {
    public Logged {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (version < 1) {
            throw new IllegalArgumentException("journal versions start at 1, not " + version);
        }
    }
}
