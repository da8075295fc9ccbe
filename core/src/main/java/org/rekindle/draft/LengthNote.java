package org.rekindle.draft;

/** The draft is longer than the stage wants (measured, not labelled). */
public record LengthNote(Severity severity, int words, int maxWords, String reason, String guide) {
}
