package org.rekindle.store;

import java.time.Instant;

import org.rekindle.journey.JournalEvent;

/** An event with its place in the journal and the moment it was logged. */
public record StoredEvent(long version, JournalEvent event, Instant recordedAt) {
}
