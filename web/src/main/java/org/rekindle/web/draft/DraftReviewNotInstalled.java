package org.rekindle.web.draft;

import com.fasterxml.jackson.databind.JsonNode;

import org.rekindle.journey.Stage;

/**
 * The placeholder for builds without draft review: every check is refused with
 * {@link Unavailable}, answered 503 "draft review is not installed in this build". It never
 * guesses a verdict: a made-up "send" could do real harm.
 */
public final class DraftReviewNotInstalled implements DraftChecker {

    public static final String MESSAGE = "draft review is not installed in this build";

    @Override
    public JsonNode check(String text, Stage stage) {
        throw new Unavailable(MESSAGE);
    }

    @Override
    public boolean installed() {
        return false;
    }

    /** Draft review cannot answer in this build: 503. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
