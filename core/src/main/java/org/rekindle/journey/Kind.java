package org.rekindle.journey;

/**
 * Every kind of journal entry, by the name it goes by ({@link #word()}: {@code text-sent}) on the command line,
 * in JSON and in storage. What each kind holds and how it is checked is declared once, in {@link EventSchema};
 * this is what the fold switches on ({@link Fact.Move#kind()}).
 */
public enum Kind {
    CONTACT, TEXT_SENT, REPLY, CALL, MEETING, EXPLAINED, FEELINGS, APPEAL, NO_CONTACT_REQUEST, APOLOGY,
    FORGIVENESS, NEW_MEMORY, MOVING_ON, EX_REACHED_OUT, PRACTICAL, JOURNAL, RETRACTION, SETTINGS;

    /** The stored name: stable, since stored journals and export files use it. */
    public String word() {
        return Choice.word(this);
    }
}
