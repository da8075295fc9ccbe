package org.rekindle.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.rekindle.journey.Stage;

/**
 * Not a test: a probe of what the rules cost a draft, and a fingerprint of what they answer,
 * for changes to {@link RuleBook}, {@link Rule} and {@link NormalizedText} that must not change a
 * result (docs/performance.md, "Draft review").
 *
 * <p>Prints the SHA-256 of every rules-only {@link DraftReview} (as JSON, at every stage) and of
 * {@link RuleBook#check} for the dev drafts and the review-model sanity sets: equal before and
 * after a change means the same labels, spans, severities and verdicts. Then the cost of
 * {@code DraftRules.review(draft, stage, no model labels)} per dev draft, the best of
 * {@code rounds} rounds (3 calls each) in one JVM, as p50/p90/p99/max over the 640 drafts and
 * over the longest 50. From the repository root:
 * <pre>
 * mvn -q -pl core -am test-compile
 * mvn -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/core.cp
 * $JAVA_HOME/bin/java -cp core/target/test-classes:core/target/classes:$(cat /tmp/core.cp) \
 *     org.rekindle.draft.RuleCostProbe 10
 * </pre>
 */
public final class RuleCostProbe {

    private RuleCostProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> dev = read(Path.of("data/drafts-dev.jsonl"));
        List<String> all = new ArrayList<>(dev);
        all.addAll(read(Path.of("review-model/src/test/resources/org/rekindle/review/sanity-fresh.jsonl")));
        all.addAll(read(Path.of("review-model/src/test/resources/org/rekindle/review/sanity-paraphrases.jsonl")));
        DraftRules rules = DraftRules.load();

        ObjectMapper om = new ObjectMapper();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String t : all) {
            sha.update((t + "\n" + rules.rules().check(t) + "\n").getBytes(StandardCharsets.UTF_8));
            for (Stage s : Stage.values()) {
                sha.update(om.writeValueAsBytes(rules.review(t, s)));
            }
        }
        System.out.printf("outputs of %d drafts x %d stages: sha256 %s%n", all.size(), Stage.values().length,
                HexFormat.of().formatHex(sha.digest()));

        long sink = 0;
        for (int w = 0; w < 30; w++) {
            for (String t : dev) {
                sink += rules.findByRules(t).size();
            }
        }
        long[] best = new long[dev.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < dev.size(); i++) {
                long t0 = System.nanoTime();
                for (int k = 0; k < 3; k++) {
                    sink += rules.review(new DraftText(dev.get(i)), Stage.FIRST_TEXT, Set.of()).labels().size();
                }
                best[i] = Math.min(best[i], (System.nanoTime() - t0) / 3);
            }
        }
        Integer[] byLength = new Integer[dev.size()];
        Arrays.setAll(byLength, i -> i);
        Arrays.sort(byLength, Comparator.comparingInt((Integer i) -> dev.get(i).length()).reversed());
        long[] longest = new long[50];
        for (int k = 0; k < longest.length; k++) {
            longest[k] = best[byLength[k]];
        }
        print("dev drafts (" + dev.size() + ")", best);
        print("longest 50 (" + dev.get(byLength[49]).length() + "-" + dev.get(byLength[0]).length() + " chars)", longest);
        System.out.println("(sink " + sink + ")");
    }

    private static void print(String name, long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        System.out.printf("rules per draft, %s: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms%n", name,
                at(v, 0.50), at(v, 0.90), at(v, 0.99), v[v.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1] / 1e6;
    }

    private static List<String> read(Path jsonl) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                out.add(om.readTree(line).path("text").asText());
            }
        }
        return out;
    }
}
