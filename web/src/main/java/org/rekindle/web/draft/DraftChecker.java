package org.rekindle.web.draft;

import com.fasterxml.jackson.databind.JsonNode;

import org.rekindle.journey.Stage;

/**
 * Reviews one draft message at a stage: what {@code POST /api/check} answers. The web module
 * does not review drafts itself; the draft-review module provides the real checker, found with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/org.rekindle.web.draft.DraftChecker}
 * entry naming a class with a public no-argument constructor) or handed to
 * {@link org.rekindle.web.WebServer.Options#draftChecker}. Until then the server runs with
 * {@link DraftReviewNotInstalled}, which answers 503 and never a made-up verdict.
 */
public interface DraftChecker {

    /**
     * The review, in the JSON shape of the command line's {@code check --json}: {@code verdict},
     * {@code labels[]} with {@code spans} as {@code [start, end]} offsets, {@code severity},
     * {@code reason} and {@code guide}, then {@code suggestions} and {@code message}.
     *
     * @throws IllegalArgumentException for a draft it refuses (empty, too long): answered 400 with the message
     */
    JsonNode check(String text, Stage stage);

    /** Whether this build reviews drafts at all; the page says so when it does not. */
    default boolean installed() {
        return true;
    }

    /** The checker this build has: the first one registered as a service, else the placeholder. */
    static DraftChecker discover() {
        return java.util.ServiceLoader.load(DraftChecker.class).findFirst().orElseGet(DraftReviewNotInstalled::new);
    }
}
