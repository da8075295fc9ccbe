package org.rekindle.app.review;

/** Draft review is not installed in this build: answered as "unavailable", never with a made-up verdict. */
public final class DraftReviewUnavailable extends RuntimeException {
    public static final String MESSAGE = "draft review is not installed in this build";

    public DraftReviewUnavailable() {
        super(MESSAGE, null, false, false);
    }
}
