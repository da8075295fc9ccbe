package org.rekindle.journey;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts a journey starts from: who, when it ended, who ended it, and the waits in force.
 *
 * @param hurtful the user said hurtful things; with {@code endedBy == ME} this makes an apology owed (L24)
 */
public record Journey(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Waits waits) {

    public static final int MAX_NAME_LENGTH = 100;

    public Journey {
        Objects.requireNonNull(ex, "ex");
        Objects.requireNonNull(breakup, "breakup");
        Objects.requireNonNull(endedBy, "endedBy");
        Objects.requireNonNull(waits, "waits");
        ex = ex.strip();
        if (ex.isEmpty()) {
            throw new IllegalArgumentException("the ex's name is empty: give a first name or a nickname with --ex");
        }
        if (ex.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("the ex's name is longer than " + MAX_NAME_LENGTH + " characters: shorten it");
        }
    }

    /** An apology is owed when the user ended it or said hurtful things (L24). */
    public boolean apologyOwed() {
        return endedBy == EndedBy.ME || hurtful;
    }
}
