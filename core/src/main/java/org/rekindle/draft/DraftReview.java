package org.rekindle.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.rekindle.journey.Stage;

/**
 * The review of one draft. Serialises (Jackson) to
 * {@code {"verdict", "stage", "labels": [{"label", "severity", "spans": [[start, end]],
 * "reason", "guide"}], "words", "suggestions"}}, plus {@code "message"} (quiet stages
 * and the safety answer) and {@code "length"} when they apply.
 */
@JsonPropertyOrder({"verdict", "stage", "labels", "words", "suggestions", "message", "safety", "length"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftReview(
        Verdict verdict,
        Stage stage,
        List<LabelReview> labels,
        int words,
        List<String> suggestions,
        String message,
        boolean safety,
        LengthNote length) {

    public DraftReview {
        labels = List.copyOf(labels);
        suggestions = List.copyOf(suggestions);
    }

    public boolean has(Label label) {
        return labels.stream().anyMatch(l -> l.label() == label);
    }
}
