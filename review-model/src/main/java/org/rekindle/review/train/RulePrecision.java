package org.rekindle.review.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rekindle.draft.DraftRules;
import org.rekindle.draft.LabelFinding;
import org.rekindle.review.LabelledDraft;

/**
 * Each rule's precision on labelled drafts: of the drafts a rule fires on, the share whose
 * labels include the rule's label. Run it on drafts the rules were not written from; a rule
 * under 0.90 there is rewritten or removed (docs/draft-review.md).
 *
 * <p>Usage: {@code RulePrecision [--counts-only] FILE.jsonl...}: prints one line a rule that fired,
 * worst first, with up to three drafts it got wrong (not with {@code --counts-only}). Rules that
 * never fired are not listed.
 */
public final class RulePrecision {

    /** How one rule did: drafts it fired on, how many rightly, and a few it got wrong. */
    public record Score(String rule, int fired, int right, List<String> wrong) {
        public double precision() {
            return fired == 0 ? 1 : right / (double) fired;
        }
    }

    private RulePrecision() {
    }

    public static Map<String, Score> measure(DraftRules rules, List<LabelledDraft> drafts) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<String>> wrong = new TreeMap<>();
        for (LabelledDraft d : drafts) {
            for (LabelFinding f : rules.findByRules(d.text())) {
                for (String id : f.sources()) {
                    int[] c = counts.computeIfAbsent(id, k -> new int[2]);
                    c[0]++;
                    if (d.labels().contains(f.label())) {
                        c[1]++;
                    } else {
                        wrong.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(d.text());
                    }
                }
            }
        }
        Map<String, Score> out = new TreeMap<>();
        counts.forEach((id, c) -> out.put(id, new Score(id, c[0], c[1], wrong.getOrDefault(id, List.of()))));
        return out;
    }

    public static void main(String[] args) {
        List<LabelledDraft> drafts = new java.util.ArrayList<>();
        // --counts-only: figures alone, no draft text (for the frozen test set, which nobody reads)
        boolean countsOnly = java.util.Arrays.asList(args).contains("--counts-only");
        for (String a : args) {
            if (!a.startsWith("--")) {
                drafts.addAll(LabelledDraft.readJsonl(Path.of(a)));
            }
        }
        DraftRules rules = DraftRules.load();
        Map<String, Score> scores = measure(rules, drafts);
        System.out.println(drafts.size() + " drafts");
        scores.values().stream().sorted(java.util.Comparator.comparingDouble(Score::precision))
                .forEach(s -> System.out.printf(Locale.ROOT, "%-32s %.3f  %3d/%-3d %s%n", s.rule(), s.precision(),
                        s.right(), s.fired(), countsOnly ? "" : s.wrong().stream().limit(3).map(t -> "«" + t + "»").toList()));
    }
}
