package org.rekindle.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;

/**
 * One journey's journal: the data folder's, or one account's. A store is scoped when it is made
 * ({@link Database#journal()}, {@link Database#journal(long)}), so nothing here names a journey.
 * Append-only: nothing rewrites or removes an event. Every read or append before a journey was
 * started is a {@link NoJourney}.
 */
public interface JournalStore extends AutoCloseable {

    /** The journey, if one was started. */
    Optional<JourneyRecord> journey();

    /** Starts the journey; a {@link JourneyExists} when one was started already. */
    JourneyRecord createJourney(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays);

    /** Every event, in the order logged, with its version and the moment it was logged. */
    List<StoredEvent> events();

    /**
     * What the coach folds, in the order logged: every event but the private journal entries, which
     * never move a journey, read without their free text (see {@link EventCodec}). Much cheaper
     * than {@link #events} on a long journal.
     */
    List<JournalEvent> journal();

    /** The version of the last event appended (0 for none): a cheap way to tell whether anything changed. */
    long version();

    /** Appends after whatever is there; safe when several processes append at once. Returns its version. */
    long append(JournalEvent event);

    /** Appends only if the journal is still at {@code expectedVersion} (0 for empty); else a {@link VersionConflict}. */
    long append(long expectedVersion, JournalEvent event);

    /**
     * Puts back a whole journal as an export holds it: the journey's settings and every event with
     * its version and the moment it was logged, in one transaction. A {@link JourneyExists} (and
     * nothing stored) when a journey was started here already.
     */
    JourneyRecord restore(JourneyRecord journey, List<StoredEvent> events);

    @Override
    void close();
}
