package org.rekindle.draft;

import java.util.List;

/** One rule that applies to a draft, with the stretches of the draft it points at. */
public record RuleMatch(Rule rule, List<Span> spans) {
    public RuleMatch {
        spans = List.copyOf(spans);
    }

    public Label label() {
        return rule.label();
    }
}
