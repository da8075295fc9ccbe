package org.rekindle.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A wait as the status counts it: "day 14 of 30, text from 2026-12-15".
 *
 * @param from the day the wait began (day 0)
 * @param days how long it is
 * @param ends the day it ends: the step it holds back is allowed from then, or a window closes then
 */
public record Countdown(Wait kind, LocalDate from, int days, LocalDate ends, LocalDate asOf) {

    /** Days since the wait began, as of the day asked about. */
    public long day() {
        return ChronoUnit.DAYS.between(from, asOf);
    }

    /** The line a status shows, with the playbook's words for what the end brings ("text from"). */
    public String line(String words) {
        return "day " + day() + " of " + days + ", " + words + " " + ends;
    }
}
