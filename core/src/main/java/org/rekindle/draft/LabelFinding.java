package org.rekindle.draft;

import java.util.List;

/**
 * A label found in a draft, before the stage weighs it: where (spans, may be
 * empty when the statistical model read the draft as a whole), why in plain words,
 * who found it (rule ids, or {@code "model"}), and whether it calls for the safety
 * answer.
 */
public record LabelFinding(Label label, List<Span> spans, String message, List<String> sources, boolean safety) {
    public LabelFinding {
        spans = List.copyOf(spans);
        sources = List.copyOf(sources);
    }
}
