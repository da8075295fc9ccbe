package org.rekindle.app.journey;

import java.time.LocalDate;

import org.rekindle.app.Coaching;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;

/** The journal oldest first with the coach's concerns: {@code rekindle history}, {@code GET /api/events}, the journal page. */
public final class ShowHistory {

    private final Coaching coaching;

    public ShowHistory(Coaching coaching) {
        this.coaching = coaching;
    }

    public History history(JournalStore store, LocalDate asOf) {
        JourneyRecord r = Coaching.record(store);
        return History.of(coaching, r, store.events(), asOf);
    }
}
