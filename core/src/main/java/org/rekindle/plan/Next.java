package org.rekindle.plan;

import java.time.LocalDate;

/**
 * The next step and its dates.
 *
 * @param earliest  the first day the step is allowed: the as-of day when it already is; null when no date applies
 * @param until     the last day of a wait or a window that matters for this step (the reply deadline,
 *                  the end of the appeal window); null when none
 */
public record Next(NextStep step, LocalDate earliest, LocalDate until) {
}
