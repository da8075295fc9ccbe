package org.rekindle.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;

/**
 * Where journeys and their journals live. Append-only: nothing here rewrites or removes an event.
 */
public interface JournalStore extends AutoCloseable {

    /** The journey of this store, if one was started. */
    Optional<JourneyRecord> journey();

    /** Starts the journey; refused when one already exists. */
    JourneyRecord createJourney(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays);

    /** Every event, in the order logged, with its version and the moment it was logged. */
    List<StoredEvent> events(long journeyId);

    /**
     * What the coach folds, in the order logged: every event but the private journal entries,
     * which never move a journey, and without free text (a text's words, a memory's note), which
     * the coach never reads. Much cheaper than {@link #events} on a long journal.
     */
    List<JournalEvent> journal(long journeyId);

    /** The version of the last event appended (0 for none): a cheap way to tell whether anything changed. */
    long version(long journeyId);

    /** Appends after whatever is there; safe when several processes append at once. Returns its version. */
    long append(long journeyId, JournalEvent event);

    /**
     * Appends only if the journal is still at {@code expectedVersion} (0 for empty).
     *
     * @throws VersionConflict when another append came first
     */
    long append(long journeyId, long expectedVersion, JournalEvent event);

    /**
     * Puts back a whole journal as {@code rekindle export} wrote it: the journey's settings and every
     * event with its version and the moment it was logged, in one transaction. Refused (and nothing
     * stored) when a journey already exists.
     */
    JourneyRecord restore(JourneyRecord journey, List<StoredEvent> events);

    @Override
    void close();
}
