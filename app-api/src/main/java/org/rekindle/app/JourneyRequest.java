package org.rekindle.app;

import java.time.LocalDate;

import org.rekindle.journey.EndedBy;
import org.rekindle.status.Coach;

/**
 * A new journey as {@code rekindle init} or {@code POST /api/journey} asks for it, before it is
 * checked. {@code endedBy} null means mutual; {@code coolingDays} null means the playbook's default.
 */
public record JourneyRequest(String ex, LocalDate breakup, String endedBy, boolean hurtful, Integer coolingDays) {

    /** A checked request: the ex's name stripped, who ended it parsed. */
    public record Checked(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays) {
    }

    /** Checks everything before anything is written: the name, the numbers, the day. */
    public Checked check(Coach coach, LocalDate today, Dialect d) {
        if (ex == null) {
            throw new UserError(d.name("ex") + " is required: your ex's first name or a nickname");
        }
        if (breakup == null) {
            throw new UserError(d.name("breakup") + " is required: the day you broke up, YYYY-MM-DD");
        }
        EndedBy by;
        try {
            by = EndedBy.parse(endedBy == null ? "mutual" : endedBy);
        } catch (IllegalArgumentException e) {
            throw new UserError(d.speak(e.getMessage()));
        }
        InputChecks.breakup(d.name("breakup"), breakup, today);
        InputChecks.line(d.name("ex"), ex, org.rekindle.journey.Journey.MAX_NAME_LENGTH);
        try {
            coach.journey(ex, breakup, by, hurtful, coolingDays);
        } catch (IllegalArgumentException e) {
            throw new UserError(d.speak(e.getMessage()));
        }
        return new Checked(ex.strip(), breakup, by, hurtful, coolingDays);
    }
}
