package org.rekindle.journey;

/** What the ex said when the user spoke of their feelings (L17–19). */
public enum FeelingsResponse {
    INTERESTED, NEEDS_TIME, NOT_INTERESTED;

    /** The word a user types for it. */
    public String word() {
        return Choice.word(this);
    }

    public static FeelingsResponse parse(String text) {
        return Choice.parse(FeelingsResponse.class, "--response", text);
    }
}
