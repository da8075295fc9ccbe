package org.rekindle.journey;

/**
 * Where a reconnection stands. The order of the main path follows the guide;
 * {@link #SILENCE} and {@link #MOVING_ON} sit beside it.
 */
public enum Stage {
    SPACE,
    FIRST_TEXT,
    AWAITING_REPLY,
    TEXTING,
    CALL,
    MEETING,
    FEELINGS,
    DECLINED,
    REPAIR,
    REBUILDING,
    SILENCE,
    MOVING_ON;

    /** Stages in which the advice is not to write at all: every draft is held. */
    public boolean isQuiet() {
        return this == SPACE || this == AWAITING_REPLY || this == SILENCE || this == MOVING_ON;
    }

    /** Parses a stage name as a user types it: case and dashes forgiven. */
    public static Stage parse(String name) {
        String key = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Stage s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + name + "': use one of "
                + java.util.Arrays.toString(values()));
    }
}
