package org.rekindle.app.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rekindle.app.Coaching;
import org.rekindle.app.InvalidInput;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.InvalidDraftException;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Stage;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;

/**
 * Reviews a draft before it is sent: {@code rekindle check}, {@code POST /api/check}, the draft box.
 * At the stage asked for, else at the journey's stage today; in a quiet stage the answer also says
 * from which day writing becomes reasonable again, if ever ({@code write_from}), worked out from the
 * journey's own dates. One JSON shape for every front end ({@link Reviewed#json()}).
 */
public final class ReviewDraft {

    /** Longest draft reviewed: a message, not a letter. */
    public static final int MAX_DRAFT = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was asked: the draft, and the stage's name (null: the journey's stage today). */
    public record Request(String text, String stage) {
    }

    /** When writing becomes reasonable again in a quiet stage: the day (null: not by date) and why. */
    public record WriteFrom(LocalDate date, String note) {
    }

    /**
     * The review, and in a quiet stage when writing becomes reasonable again (null when the stage
     * was given rather than taken from a journey: then it depends on the journey).
     */
    public record Reviewed(DraftReview review, WriteFrom writeFrom) {

        /** As {@code check --json} and {@code POST /api/check} give it. */
        public Map<String, Object> json() {
            Map<String, Object> json = JSON.convertValue(review, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (review.stage() != null && review.stage().isQuiet()) {
                json.put("write_from", writeFrom == null || writeFrom.date() == null ? null : writeFrom.date().toString());
                json.put("write_from_note", writeFrom == null
                        ? "depends on your journey: review without a stage, or see your status" : writeFrom.note());
            }
            return json;
        }
    }

    private final Coaching coaching;
    private final Reviewer reviewer;
    /**
     * A review is a few milliseconds of pure CPU. Run more at once than there are cores and they
     * share the cores, so every answer, the long drafts' most, stretches; queued first come, first
     * served, each waits its turn and then runs at full speed.
     */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public ReviewDraft(Coaching coaching, Reviewer reviewer) {
        this.coaching = coaching;
        this.reviewer = reviewer;
    }

    public boolean installed() {
        return reviewer.installed();
    }

    /** The draft and the stage alone, before any journey is read. */
    public Stage check(Request r) {
        if (r.text() == null || r.text().isBlank()) {
            throw InvalidInput.general("the draft is empty ('text' is required)", "write the draft to review");
        }
        if (r.text().length() > MAX_DRAFT) {
            throw InvalidInput.general("the draft is " + r.text().length() + " characters long; the limit is " + MAX_DRAFT,
                    "keep it under " + MAX_DRAFT);
        }
        if (r.stage() == null) {
            return null;
        }
        try {
            return Stage.parse(r.stage());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.general("unknown stage '" + r.stage() + "'", "use one of " + java.util.Arrays.toString(Stage.values()));
        }
    }

    /**
     * Reviews at the stage asked for; with none, at the journey's stage in {@code store} on {@code today}
     * (a {@link org.rekindle.store.NoJourney} when there is none).
     */
    public Reviewed review(JournalStore store, Request r, LocalDate today) {
        Stage stage = check(r);
        WriteFrom writeFrom = null;
        if (stage == null) {
            Status s = coaching.status(store, Coaching.record(store), today);
            stage = s.stage();
            writeFrom = writeFrom(s);
        }
        return new Reviewed(reviewed(r.text(), stage), writeFrom);
    }

    private DraftReview reviewed(String text, Stage stage) {
        if (!reviewer.installed()) {
            throw new DraftReviewUnavailable();
        }
        try {
            cores.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to review", e);
        }
        try {
            return reviewer.review(text, stage);
        } catch (InvalidDraftException e) {
            throw InvalidInput.general(e.getMessage(), "write the draft again");
        } finally {
            cores.release();
        }
    }

    /** When writing becomes reasonable again in a quiet stage, if ever, from the journey's own dates. */
    static WriteFrom writeFrom(Status s) {
        if (!s.stage().isQuiet()) {
            return null;
        }
        return switch (s.stage()) {
            case SPACE -> new WriteFrom(s.next().earliest(), "from " + s.next().earliest() + ", when the cooling-off ends");
            case SILENCE -> new WriteFrom(s.next().earliest(),
                    "from " + s.next().earliest() + ": one more friendly text, after the wait that follows silence");
            case AWAITING_REPLY -> {
                if (s.state().textsAwaiting() >= 2) {
                    yield new WriteFrom(null, "when they reply; if they don't, their silence is the answer");
                }
                LocalDate date = new JourneyEngine(s.journey()).silenceBegins(s.state())
                        .plusDays(s.journey().waits().silenceWaitDays());
                yield new WriteFrom(date, "when they reply; if they don't, one more friendly text from " + date);
            }
            default -> new WriteFrom(null, "not again: the journey has ended and the coach will not suggest contact");
        };
    }
}
