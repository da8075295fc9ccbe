package org.rekindle.playbook;

import java.util.Objects;

/**
 * One line of advice and the guide line it stands on.
 *
 * @param words the words of the cited line that carry the advice: what is quoted to the user, and
 *              what the audit in {@code docs/playbook.md} checks the advice against
 */
public record Advice(String text, Citation guide, boolean houseRule, String words) {
    public Advice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(words, "words");
    }

    /** The citation as output shows it: {@code L5}, or {@code L5, house rule}. */
    public String cite() {
        return guide + (houseRule ? ", house rule" : "");
    }
}
