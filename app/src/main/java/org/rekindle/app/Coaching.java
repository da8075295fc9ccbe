package org.rekindle.app;

import java.time.LocalDate;
import java.util.List;

import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Logged;
import org.rekindle.store.StoredEvent;
import org.rekindle.journey.Journey;
import org.rekindle.playbook.Playbook;
import org.rekindle.playbook.PlaybookLoader;
import org.rekindle.status.Coach;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.NoJourney;

/**
 * The journey coach with the bundled playbook, loaded once per process, and what every use case
 * asks of it: the journey a stored record stands for, and its status on a day.
 */
public final class Coaching {

    private static volatile Coaching bundled;

    private final Coach coach;

    public Coaching(Coach coach) {
        this.coach = coach;
    }

    /** The coach with the playbook this build ships. */
    public static Coaching bundled() {
        Coaching c = bundled;
        if (c == null) {
            synchronized (Coaching.class) {
                if (bundled == null) {
                    bundled = new Coaching(new Coach(PlaybookLoader.bundled()));
                }
                c = bundled;
            }
        }
        return c;
    }

    public Coach coach() {
        return coach;
    }

    public Playbook playbook() {
        return coach.playbook();
    }

    public Journey journey(JourneyRecord r) {
        return coach.journey(r.ex(), r.breakup(), r.endedBy(), r.hurtful(), r.coolingDays());
    }

    /** The store's journey; a {@link NoJourney} when none was started. */
    public static JourneyRecord record(JournalStore store) {
        return store.journey().orElseThrow(NoJourney::new);
    }

    /** The journey must have begun by the day asked about: no coaching for a breakup still to come. */
    public static void requireStarted(JourneyRecord r, LocalDate asOf) {
        if (asOf.isBefore(r.breakup())) {
            throw InvalidInput.of("as_of", asOf + " is before the breakup (" + r.breakup() + ")",
                    "ask about a day on or after it");
        }
    }

    /** The status on {@code asOf}, folded from the slim read of the journal. */
    public Status status(JournalStore store, JourneyRecord r, LocalDate asOf) {
        requireStarted(r, asOf);
        return coach.status(journey(r), store.journal(), asOf);
    }

    public Status status(JourneyRecord r, List<? extends JournalEvent> events, LocalDate asOf) {
        return coach.status(journey(r), events, asOf);
    }

    /** The status on {@code asOf} of a journal with its versions: retractions and settings changes count. */
    public Status status(JourneyRecord r, Journal journal, LocalDate asOf) {
        return coach.status(journey(r), journal, asOf);
    }

    /** The stored events as the fold reads them (facts, no free text): each with its version and the moment it was logged. */
    public static Journal journal(List<StoredEvent> stored) {
        return new Journal(stored.stream().map(e -> Logged.of(e.version(), e.event(), e.recordedAt())).toList());
    }
}
