package org.rekindle.journey;

/** Who ended the relationship; an apology is owed when it was the user (L24). */
public enum EndedBy {
    ME, THEM, MUTUAL;

    /** The word a user types for it. */
    public String word() {
        return Choice.word(this);
    }

    public static EndedBy parse(String text) {
        return Choice.parse(EndedBy.class, "--ended-by", text);
    }
}
