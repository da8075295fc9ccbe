package org.rekindle.app.review;

import org.rekindle.draft.DraftReview;
import org.rekindle.draft.InvalidDraftException;
import org.rekindle.journey.Stage;
import org.rekindle.review.DraftReviewer;

/**
 * What reviews one draft at a stage. {@link #bundled()} is the real one (the rules and the model,
 * loaded on first use and kept); tests may hand in their own, and {@link #NOT_INSTALLED} answers
 * that review is not there rather than ever guessing a verdict.
 */
@FunctionalInterface
public interface Reviewer {

    /** The review; an {@link InvalidDraftException} for a draft it refuses. */
    DraftReview review(String text, Stage stage);

    /** Whether this reviewer gives verdicts at all. */
    default boolean installed() {
        return true;
    }

    /** A reviewer that refuses every draft with {@link DraftReviewUnavailable}. */
    Reviewer NOT_INSTALLED = new Reviewer() {
        @Override
        public DraftReview review(String text, Stage stage) {
            throw new DraftReviewUnavailable();
        }

        @Override
        public boolean installed() {
            return false;
        }
    };

    /** The rules and the model this build ships: loaded on first review (about a second) and kept for the process. */
    static Reviewer bundled() {
        return Bundled.INSTANCE;
    }

    /** Holds the one loaded reviewer; only commands that review drafts ever load the model. */
    final class Bundled implements Reviewer {
        static final Bundled INSTANCE = new Bundled();
        private volatile DraftReviewer loaded;

        private Bundled() {
        }

        @Override
        public DraftReview review(String text, Stage stage) {
            DraftReviewer r = loaded;
            if (r == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = DraftReviewer.load();
                    }
                    r = loaded;
                }
            }
            return r.review(text, stage);
        }

        /** The loaded reviewer itself, for evaluating it on a labelled file. */
        DraftReviewer reviewer() {
            review("hello", Stage.TEXTING);
            return loaded;
        }
    }
}
