package org.rekindle.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rekindle.draft.Label;

/**
 * How well draft review labels a labelled set. risk-macro-F1 is the mean F1 over the
 * seven risk labels, macro-F1 over all twelve; clean-false-alarm is the share of drafts
 * with no gold risk label that get at least one predicted. {@code draftsPerSecond} is 0
 * when the figures were not timed (cross-validation).
 */
@JsonPropertyOrder({"drafts", "risk_macro_f1", "macro_f1", "clean_false_alarm", "drafts_per_second", "labels"})
public record EvalReport(
        int drafts,
        @JsonProperty("risk_macro_f1") double riskMacroF1,
        @JsonProperty("macro_f1") double macroF1,
        @JsonProperty("clean_false_alarm") double cleanFalseAlarm,
        @JsonProperty("drafts_per_second") double draftsPerSecond,
        Map<Label, LabelScore> labels) {

    /** Precision, recall and F1 of one label, with the counts behind them. */
    @JsonPropertyOrder({"precision", "recall", "f1", "support", "tp", "fp", "fn"})
    public record LabelScore(double precision, double recall, double f1, int support, int tp, int fp, int fn) {
        static LabelScore of(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new LabelScore(round(p), round(r), round(f), tp + fn, tp, fp, fn);
        }
    }

    public static EvalReport of(List<Set<Label>> gold, List<Set<Label>> predicted, double draftsPerSecond) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size");
        }
        Map<Label, LabelScore> scores = new EnumMap<>(Label.class);
        double risk = 0;
        double all = 0;
        for (Label l : Label.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).contains(l);
                boolean p = predicted.get(i).contains(l);
                if (g && p) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
            LabelScore s = LabelScore.of(tp, fp, fn);
            scores.put(l, s);
            all += s.f1();
            if (l.isRisk()) {
                risk += s.f1();
            }
        }
        int clean = 0;
        int alarms = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).stream().noneMatch(Label::isRisk)) {
                clean++;
                if (predicted.get(i).stream().anyMatch(Label::isRisk)) {
                    alarms++;
                }
            }
        }
        return new EvalReport(gold.size(), round(risk / Label.risks().size()), round(all / Label.values().length),
                round(clean == 0 ? 0 : alarms / (double) clean), Math.round(draftsPerSecond * 10) / 10.0, scores);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** One line for a terminal. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d drafts: risk-macro-F1 %.3f, macro-F1 %.3f, clean-false-alarm %.3f%s", drafts, riskMacroF1, macroF1,
                cleanFalseAlarm, draftsPerSecond > 0 ? String.format(java.util.Locale.ROOT, ", %.0f drafts/s",
                        draftsPerSecond) : "");
    }
}
