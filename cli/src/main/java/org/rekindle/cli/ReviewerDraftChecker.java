package org.rekindle.cli;

import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rekindle.coach.InvalidDraftException;
import org.rekindle.journey.Stage;
import org.rekindle.web.draft.DraftChecker;

/** The web's draft box and {@code POST /api/check} on the same reviewer as {@code rekindle check}. */
final class ReviewerDraftChecker implements DraftChecker {

    private final ObjectMapper json = new ObjectMapper();
    /**
     * A review is a few milliseconds of pure CPU. Run more at once than there are cores and they
     * share the cores, so every answer, the long drafts' most, stretches; queued first come, first
     * served, each waits its turn and then runs at full speed.
     */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @Override
    public JsonNode check(String text, Stage stage) {
        try {
            cores.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to review", e);
        }
        try {
            return json.valueToTree(CheckCommand.reviewer().review(text, stage));
        } catch (InvalidDraftException e) {
            throw new IllegalArgumentException(e.getMessage());
        } finally {
            cores.release();
        }
    }
}
