package org.rekindle.app.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rekindle.app.Coaching;
import org.rekindle.journey.JournalEvent;
import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.Playbook;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;

/** The dates ahead if all goes well: {@code rekindle plan}, {@code GET /api/plan}. One fold, one read. */
public final class ShowPlan {

    /** The road ahead from the status on a day. */
    public record Plan(JourneyRecord journey, Status status, List<PlannedStep> road, Playbook playbook) {
        /** As {@code plan --json} and {@code GET /api/plan} give it. */
        public Map<String, Object> json() {
            return PlanJson.json(status, road, playbook, status.asOf());
        }
    }

    private final Coaching coaching;

    public ShowPlan(Coaching coaching) {
        this.coaching = coaching;
    }

    public Plan plan(JournalStore store, LocalDate asOf) {
        JourneyRecord r = Coaching.record(store);
        Coaching.requireStarted(r, asOf);
        List<JournalEvent> events = store.journal();
        Status status = coaching.status(r, events, asOf);
        return new Plan(r, status, coaching.coach().plan(coaching.journey(r), events, asOf), coaching.playbook());
    }
}
