package org.rekindle.web;

import java.time.Clock;
import java.time.LocalDate;

/** "Today" for every request: the {@code --as-of} day when one was given, else the clock's. The web's one clock read. */
record Today(Clock clock, LocalDate asOf) {
    /** The moment a correction is asked for: the 24-hour limit on retracting a final no is measured to it. */
    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate get() {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
