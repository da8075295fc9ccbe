package org.rekindle.draft;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One label of a reviewed draft with its weight at the stage, and the guide line behind it. */
@JsonPropertyOrder({"label", "severity", "spans", "reason", "guide", "sources"})
public record LabelReview(Label label, Severity severity, List<Span> spans, String reason, String guide,
        List<String> sources) {
    public LabelReview {
        spans = List.copyOf(spans);
        sources = List.copyOf(sources);
    }
}
