package org.rekindle.cli;

import java.time.LocalDate;
import java.util.List;

import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journey;
import org.rekindle.playbook.PlaybookLoader;
import org.rekindle.status.Coach;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;
import org.rekindle.store.StoredEvent;

/** One command's view of the data folder: the store, the journey in it, and the coach. */
final class Workspace implements AutoCloseable {

    final SqliteJournalStore store;
    final Coach coach;
    final LocalDate today;

    private Workspace(SqliteJournalStore store, LocalDate today) {
        this.store = store;
        this.coach = coach();
        this.today = today;
    }

    private static Coach sharedCoach;

    /** The coach with the bundled playbook, loaded once per process. */
    static synchronized Coach coach() {
        if (sharedCoach == null) {
            sharedCoach = new Coach(PlaybookLoader.bundled());
        }
        return sharedCoach;
    }

    static Workspace open(Globals g, SqliteJournalStore.Mode mode) {
        return new Workspace(SqliteJournalStore.open(g.dataDir(), mode, g.clock()), g.today());
    }

    JourneyRecord record() {
        return store.journey().orElseThrow(() -> new UserError(
                "no journey yet in this data folder: start one with 'rekindle init --ex NAME --breakup YYYY-MM-DD'"));
    }

    Journey journey(JourneyRecord r) {
        return coach.journey(r.ex(), r.breakup(), r.endedBy(), r.hurtful(), r.coolingDays());
    }

    List<StoredEvent> stored(JourneyRecord r) {
        return store.events(r.id());
    }

    static List<JournalEvent> events(List<StoredEvent> stored) {
        return stored.stream().map(StoredEvent::event).toList();
    }

    /** The journey must have begun by the day asked about: no coaching for a breakup still to come. */
    void requireStarted(JourneyRecord r) {
        if (today.isBefore(r.breakup())) {
            throw new UserError("--as-of " + today + " is before the breakup (" + r.breakup()
                    + "): ask about a day on or after it");
        }
    }

    Status status(JourneyRecord r) {
        requireStarted(r);
        return coach.status(journey(r), store.journal(r.id()), today);
    }

    @Override
    public void close() {
        store.close();
    }
}
