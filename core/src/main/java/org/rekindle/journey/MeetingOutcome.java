package org.rekindle.journey;

/** How a meeting went. */
public enum MeetingOutcome {
    WELL, MIXED, BADLY;

    /** The word a user types for it. */
    public String word() {
        return Choice.word(this);
    }

    public static MeetingOutcome parse(String text) {
        return Choice.parse(MeetingOutcome.class, "--outcome", text);
    }
}
