package org.rekindle.journey;

/** What the ex said to the one final appeal (L22–23). */
public enum AppealResponse {
    ACCEPTED, DECLINED;

    /** The word a user types for it. */
    public String word() {
        return Choice.word(this);
    }

    public static AppealResponse parse(String text) {
        return Choice.parse(AppealResponse.class, "--response", text);
    }
}
