package org.rekindle.app.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.ShowPlan;
import org.rekindle.store.JournalStore;

/**
 * The dated plan as a calendar: {@code rekindle plan --ics}, {@code GET /plan.ics} and the feed
 * {@code GET /calendar.ics}. The same road as {@link ShowPlan}, so its days are {@code plan --json}'s.
 */
public final class PlanAsCalendar {

    private final ShowPlan plan;

    public PlanAsCalendar(Coaching coaching) {
        this.plan = new ShowPlan(coaching);
    }

    /** The iCalendar document, written at {@code stamp}; SEQUENCE is the journal's version. */
    public String calendar(JournalStore store, LocalDate asOf, Instant stamp, PlanCalendar.Titles titles) {
        ShowPlan.Plan p = plan.plan(store, asOf);
        return PlanCalendar.write(PlanCalendar.feedOf(p.journey()), store.version(), stamp,
                PlanCalendar.entries(p.road(), p.playbook()), titles);
    }
}
