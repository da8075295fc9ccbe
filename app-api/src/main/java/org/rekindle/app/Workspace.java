package org.rekindle.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Logged;
import org.rekindle.journey.Journey;
import org.rekindle.playbook.PlaybookLoader;
import org.rekindle.status.Coach;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;
import org.rekindle.store.StoredEvent;

/** One request's view of the journal (the data folder's, or an account's on PostgreSQL): the store, the journey in it, the coach, and the day asked about. */
public final class Workspace implements AutoCloseable {

    public final JournalStore store;
    public final Coach coach;
    public final LocalDate today;
    private final boolean ownsStore;

    /** A view on a store someone else keeps open (the server's): closing the workspace leaves the store open. */
    public Workspace(JournalStore store, LocalDate today) {
        this(store, today, false);
    }

    private Workspace(JournalStore store, LocalDate today, boolean ownsStore) {
        this.store = store;
        this.coach = coach();
        this.today = today;
        this.ownsStore = ownsStore;
    }

    private static Coach sharedCoach;

    /** The coach with the bundled playbook, loaded once per process. */
    public static synchronized Coach coach() {
        if (sharedCoach == null) {
            sharedCoach = new Coach(PlaybookLoader.bundled());
        }
        return sharedCoach;
    }

    public static Workspace open(Path dataDir, SqliteJournalStore.Mode mode, Clock clock, LocalDate today) {
        return new Workspace(SqliteJournalStore.open(dataDir, mode, clock), today, true);
    }

    public JourneyRecord record() {
        return store.journey().orElseThrow(() -> new NoJourney(
                "no journey yet in this data folder: start one with 'rekindle init --ex NAME --breakup YYYY-MM-DD'"));
    }

    public Journey journey(JourneyRecord r) {
        return coach.journey(r.ex(), r.breakup(), r.endedBy(), r.hurtful(), r.coolingDays());
    }

    public List<StoredEvent> stored(JourneyRecord r) {
        return store.events(r.id());
    }

    public static List<JournalEvent> events(List<StoredEvent> stored) {
        return stored.stream().map(StoredEvent::event).toList();
    }

    /** The journal as the fold reads it: versions and log instants kept, for retractions and settings changes. */
    public static Journal journal(List<StoredEvent> stored) {
        return new Journal(stored.stream().map(e -> new Logged(e.version(), e.event(), e.recordedAt())).toList());
    }

    public Journal journal(JourneyRecord r) {
        return journal(stored(r));
    }

    /** The journey must have begun by the day asked about: no coaching for a breakup still to come. */
    public void requireStarted(JourneyRecord r) {
        if (today.isBefore(r.breakup())) {
            throw new UserError("--as-of " + today + " is before the breakup (" + r.breakup()
                    + "): ask about a day on or after it");
        }
    }

    public Status status(JourneyRecord r) {
        requireStarted(r);
        return coach.status(journey(r), journal(r), today);
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    /** Nothing to coach yet: the data folder has no journey. */
    public static final class NoJourney extends UserError {
        public NoJourney(String message) {
            super(message);
        }
    }
}
