package org.rekindle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rekindle.coach.InvalidDraftException;
import org.rekindle.journey.Stage;
import org.rekindle.web.draft.DraftChecker;

/** The web's draft box and {@code POST /api/check} on the same reviewer as {@code rekindle check}. */
final class ReviewerDraftChecker implements DraftChecker {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public JsonNode check(String text, Stage stage) {
        try {
            return json.valueToTree(CheckCommand.reviewer().review(text, stage));
        } catch (InvalidDraftException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
