package org.rekindle.review.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rekindle.draft.Label;
import org.rekindle.review.LabelledDraft;

/**
 * How far two independent labelling passes over the same drafts agree, per label: Cohen's
 * kappa, the agreement beyond what two labellers with the same label rates would reach by chance.
 * Drafts are matched by id; a draft missing from one pass is left out (and counted).
 */
public final class Agreement {

    /** One label's agreement: kappa, raw agreement, and how often each pass used the label. */
    public record LabelAgreement(double kappa, double observed, int firstPositives, int secondPositives, int drafts) {
    }

    private Agreement() {
    }

    public static Map<Label, LabelAgreement> perLabel(List<Set<Label>> first, List<Set<Label>> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("the two passes must cover the same drafts");
        }
        Map<Label, LabelAgreement> out = new EnumMap<>(Label.class);
        int n = first.size();
        for (Label l : Label.values()) {
            int a1 = 0;
            int b1 = 0;
            int same = 0;
            for (int i = 0; i < n; i++) {
                boolean a = first.get(i).contains(l);
                boolean b = second.get(i).contains(l);
                a1 += a ? 1 : 0;
                b1 += b ? 1 : 0;
                same += a == b ? 1 : 0;
            }
            double po = n == 0 ? 1 : same / (double) n;
            double pa = n == 0 ? 0 : a1 / (double) n;
            double pb = n == 0 ? 0 : b1 / (double) n;
            double pe = pa * pb + (1 - pa) * (1 - pb);
            double kappa = pe >= 1 ? 1 : (po - pe) / (1 - pe);
            out.put(l, new LabelAgreement(kappa, po, a1, b1, n));
        }
        return out;
    }

    /** Pairs the drafts of two passes by id. */
    public static List<List<Set<Label>>> pair(List<LabelledDraft> first, List<LabelledDraft> second) {
        Map<String, Set<Label>> b = new java.util.HashMap<>();
        second.forEach(d -> b.put(d.id(), d.labels()));
        List<Set<Label>> xs = new ArrayList<>();
        List<Set<Label>> ys = new ArrayList<>();
        for (LabelledDraft d : first) {
            Set<Label> other = b.get(d.id());
            if (other != null) {
                xs.add(d.labels());
                ys.add(other);
            }
        }
        return List.of(xs, ys);
    }

    /** A labelling pass: {@code {"id", "labels"}} a line; the text may be left out (a blind pass B keeps none). */
    static List<LabelledDraft> labelsOnly(java.nio.file.Path file) {
        com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
        List<LabelledDraft> out = new ArrayList<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                var n = om.readTree(line);
                Set<Label> labels = java.util.EnumSet.noneOf(Label.class);
                n.path("labels").forEach(l -> labels.add(Label.valueOf(l.asText())));
                out.add(new LabelledDraft(n.path("id").asText(), n.path("text").asText(""), labels));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Usage: {@code Agreement A.jsonl B.jsonl [A2.jsonl B2.jsonl ...]}: prints a Markdown table. */
    public static void main(String[] args) {
        if (args.length < 2 || args.length % 2 != 0) {
            System.err.println("usage: Agreement PASS_A.jsonl PASS_B.jsonl [PASS_A2.jsonl PASS_B2.jsonl ...]");
            System.exit(2);
        }
        List<Set<Label>> xs = new ArrayList<>();
        List<Set<Label>> ys = new ArrayList<>();
        int same = 0;
        for (int i = 0; i < args.length; i += 2) {
            List<List<Set<Label>>> p = pair(labelsOnly(java.nio.file.Path.of(args[i])),
                    labelsOnly(java.nio.file.Path.of(args[i + 1])));
            xs.addAll(p.get(0));
            ys.addAll(p.get(1));
        }
        for (int i = 0; i < xs.size(); i++) {
            same += xs.get(i).equals(ys.get(i)) ? 1 : 0;
        }
        System.out.printf(java.util.Locale.ROOT, "%d drafts in both passes; same label set on %d (%.1f%%)%n%n",
                xs.size(), same, 100.0 * same / Math.max(1, xs.size()));
        System.out.println("| label | kappa | raw agreement | pass A uses | pass B uses |");
        System.out.println("|---|---|---|---|---|");
        perLabel(xs, ys).forEach((l, a) -> System.out.printf(java.util.Locale.ROOT, "| %s | %.3f | %.3f | %d | %d |%n",
                l, a.kappa(), a.observed(), a.firstPositives(), a.secondPositives()));
    }
}
