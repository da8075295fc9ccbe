package org.rekindle.store;

import java.time.Instant;
import java.time.LocalDate;

import org.rekindle.journey.EndedBy;

/** A journey as stored: the facts given at {@code init}; waits not given stay null and follow the playbook. */
public record JourneyRecord(long id, String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful,
                            Integer coolingDays, Instant createdAt) {
}
