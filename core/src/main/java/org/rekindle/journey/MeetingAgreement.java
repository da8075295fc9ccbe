package org.rekindle.journey;

/** Whether a meeting was agreed during a call (L9). */
public enum MeetingAgreement {
    AGREED, NOT_AGREED;

    /** The word a user types for it. */
    public String word() {
        return Choice.word(this);
    }

    public static MeetingAgreement parse(String text) {
        return Choice.parse(MeetingAgreement.class, "--meeting", text);
    }
}
