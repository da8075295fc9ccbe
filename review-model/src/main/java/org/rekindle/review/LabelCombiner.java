package org.rekindle.review;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.rekindle.draft.Label;

/**
 * How rules and model vote: a label is on when a rule raised it, or when the model's
 * probability reaches the label's threshold. Rules are precise and explain themselves
 * (spans, message); the model catches the wording no rule foresaw. The thresholds were
 * chosen by cross-validation for exactly this union.
 */
public final class LabelCombiner {
    private LabelCombiner() {
    }

    public static Set<Label> combine(Set<Label> byRules, Map<Label, Double> probabilities, Thresholds thresholds) {
        Set<Label> out = EnumSet.noneOf(Label.class);
        out.addAll(byRules);
        probabilities.forEach((l, p) -> {
            if (p >= thresholds.of(l)) {
                out.add(l);
            }
        });
        return out;
    }
}
