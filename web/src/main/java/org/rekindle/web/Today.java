package org.rekindle.web;

import java.time.Clock;
import java.time.LocalDate;

/** "Today" for every request: the {@code --as-of} day when one was given, else the clock's. The web's one clock read. */
record Today(Clock clock, LocalDate asOf) {
    LocalDate get() {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
