package org.rekindle.app.journey;

import java.time.LocalDate;

import org.rekindle.app.Coaching;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;

/** Where the journey stands on a day: {@code rekindle status}, {@code GET /api/status}, the dashboard. */
public final class ShowStatus {

    private final Coaching coaching;

    public ShowStatus(Coaching coaching) {
        this.coaching = coaching;
    }

    public Status status(JournalStore store, LocalDate asOf) {
        return coaching.status(store, Coaching.record(store), asOf);
    }

    /** The status as {@code status --json} and {@code GET /api/status} give it. */
    public StatusJson json() {
        return new StatusJson(coaching.playbook());
    }
}
