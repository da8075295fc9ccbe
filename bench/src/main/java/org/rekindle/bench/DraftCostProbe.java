package org.rekindle.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.rekindle.journey.Stage;
import org.rekindle.review.DraftReviewer;
import org.rekindle.review.LabelledDraft;

/**
 * What one draft costs the reviewer, without the machine's preemption: every draft of a file
 * reviewed {@code runs} times (round after round, so a busy moment hits every draft alike), and
 * each draft's best time kept. On a shared, loaded machine the JMH p99 measures the neighbours;
 * this measures the work. Usage (repository root):
 * {@code java -cp bench/target/benchmarks.jar org.rekindle.bench.DraftCostProbe [FILE] [RUNS]}.
 */
public final class DraftCostProbe {
    private DraftCostProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "data/drafts-dev.jsonl");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<LabelledDraft> drafts = LabelledDraft.readJsonl(file);
        DraftReviewer reviewer = DraftReviewer.load();
        Stage[] stages = Stage.values();
        for (int w = 0; w < 2; w++) { // warm-up: the JIT, the runtime's buffers
            for (LabelledDraft d : drafts) {
                reviewer.review(d.text(), Stage.TEXTING);
            }
        }
        double[] best = new double[drafts.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < drafts.size(); i++) {
                long t = System.nanoTime();
                reviewer.review(drafts.get(i).text(), stages[i % stages.length]);
                best[i] = Math.min(best[i], (System.nanoTime() - t) / 1e6);
            }
        }
        double[] s = best.clone();
        Arrays.sort(s);
        System.out.printf(java.util.Locale.ROOT,
                "%d drafts, best of %d: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", s.length, runs,
                s[s.length / 2], s[(int) (s.length * 0.9)], s[(int) (s.length * 0.99)], s[s.length - 1]);
    }
}
