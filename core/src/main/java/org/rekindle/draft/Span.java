package org.rekindle.draft;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A stretch of the draft as the user typed it: Java {@code char} offsets
 * {@code [start, end)} into the original text (so an emoji outside the BMP is two
 * chars, as in a JavaScript string). Serialised as {@code [start, end]}.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    @JsonValue
    int[] asArray() {
        return new int[] {start, end};
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
