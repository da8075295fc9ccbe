package org.rekindle.app.journey;

import java.time.LocalDate;
import java.util.Map;

import org.rekindle.app.Coaching;
import org.rekindle.app.InputChecks;
import org.rekindle.app.InvalidInput;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journey;
import org.rekindle.journey.Rejection;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;

/**
 * Starts a journey: {@code rekindle init}, {@code POST /api/journey}, the setup page. Everything is
 * checked before anything is written: the name, who ended it, the day, the cooling-off. A
 * {@link org.rekindle.store.JourneyExists} when one was started already.
 */
public final class StartJourney {

    /**
     * What was asked, before it is checked: {@code endedBy} null means mutual, {@code coolingDays}
     * null means the playbook's default.
     */
    public record Request(String ex, LocalDate breakup, String endedBy, boolean hurtful, Integer coolingDays) {
    }

    private final Coaching coaching;

    public StartJourney(Coaching coaching) {
        this.coaching = coaching;
    }

    /** The checks alone, on the day {@code today}: for a front end that wants to refuse before opening anything. */
    public Request check(Request r, LocalDate today) {
        if (r.ex() == null || r.ex().isBlank()) {
            throw InvalidInput.of("ex", r.ex() == null ? "is required" : "is empty", "your ex's first name or a nickname");
        }
        if (r.ex().strip().length() > Journey.MAX_NAME_LENGTH) {
            throw InvalidInput.of("ex", "is longer than " + Journey.MAX_NAME_LENGTH + " characters", "shorten it");
        }
        InputChecks.line("ex", r.ex(), Journey.MAX_NAME_LENGTH * 4);
        if (r.breakup() == null) {
            throw InvalidInput.of("breakup", "is required", "the day you broke up, YYYY-MM-DD");
        }
        endedBy(r.endedBy());
        InputChecks.breakup("breakup", r.breakup(), today);
        if (r.coolingDays() != null) {
            try {
                coaching.playbook().defaultWaits().withCoolingDays(r.coolingDays());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("cooling_days", "must be between 1 and 3650, not " + r.coolingDays(),
                        "give the days of no contact after the breakup");
            }
        }
        return r;
    }

    /** Who ended it, checked as a settings change checks it (the schema's one {@code ended_by}); null is mutual. */
    private static EndedBy endedBy(String word) {
        if (word == null) {
            return EndedBy.MUTUAL;
        }
        try {
            var settings = (JournalEvent.SettingsChanged) EventSchema.check(EventSchema.named("settings"), LocalDate.EPOCH,
                    Map.of("ended_by", word));
            return settings.endedBy();
        } catch (Rejection.Refused e) {
            throw new InvalidInput(e.rejection());
        }
    }

    /** Starts it in {@code store} and answers the status on {@code today}. */
    public Status start(JournalStore store, Request r, LocalDate today) {
        check(r, today);
        JourneyRecord j = store.createJourney(r.ex().strip(), r.breakup(), endedBy(r.endedBy()), r.hurtful(), r.coolingDays());
        return coaching.status(store, j, today);
    }
}
