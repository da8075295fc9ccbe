package org.rekindle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.rekindle.draft.DraftReview;
import org.rekindle.journey.Stage;
import org.rekindle.review.DraftReviewer;
import org.rekindle.review.LabelledDraft;

/**
 * The draft reviewer's speed, as {@code rekindle check} uses it: {@link DraftReviewer#review}
 * with everything included (validation, normalisation, the rules, the n-gram features, the
 * MiniLM embedding, the label model, the words behind each model label, and the verdict policy with
 * its suggestions).
 *
 * <ul>
 *   <li>{@code review} (throughput, drafts/s) and {@code reviewLatency} (sample time: every
 *       call timed, JMH prints p50/p90/p99/p99.9 per draft) review the 640 drafts of
 *       {@code data/drafts-dev.jsonl} one after another, on one thread, in a seeded shuffled
 *       order, each at the next stage of a round-robin over all 12 stages (the 4 quiet stages
 *       still label the draft, so they cost the same). The reviewer is loaded once per fork.</li>
 *   <li>{@code load} ({@link DraftReviewer#load} in a fresh JVM) and {@code loadAndFirstReview}
 *       (what one {@code rekindle check} waits for after the JVM is up: load, then a cold first
 *       review): single shots, one per fork, 5 forks each.</li>
 * </ul>
 *
 * From the repository root (the drafts path is relative to it; {@code -p drafts=FILE} for another):
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar 'DraftReviewBenchmark.review' -f 1 -wi 3 -i 5   # ~1 min
 * java -jar bench/target/benchmarks.jar 'DraftReviewBenchmark.load'                     # ~30 s, 10 JVMs
 * </pre>
 * The MiniLM input cap is the shipped one (128 tokens: drafts are read whole); {@code -jvmArgsAppend
 * -Drekindle.minilm.maxTokens=N} measures the speed at another cap (speed only: the shipped weights
 * were trained at 128).
 * Do not pass {@code -f}/{@code -wi}/{@code -i} to the load benchmarks: a warm-up iteration would
 * run in the same JVM and the measured load would no longer be cold.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
public class DraftReviewBenchmark {

    /** The reviewer and the drafts, loaded once per fork. */
    @State(Scope.Thread)
    public static class Drafts {
        @Param("data/drafts-dev.jsonl")
        public String drafts;

        DraftReviewer reviewer;
        String[] texts;
        Stage[] stages;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            Path file = Path.of(drafts);
            if (!Files.exists(file)) {
                throw new IllegalStateException(file.toAbsolutePath() + " not found: run from the repository root or pass -p drafts=FILE");
            }
            List<LabelledDraft> all = new ArrayList<>(LabelledDraft.readJsonl(file));
            Collections.shuffle(all, new Random(42));
            texts = new String[all.size()];
            stages = new Stage[all.size()];
            Stage[] values = Stage.values();
            for (int i = 0; i < texts.length; i++) {
                texts[i] = all.get(i).text();
                stages[i] = values[i % values.length];
            }
            reviewer = DraftReviewer.load();
        }

        DraftReview reviewNext() {
            int i = next;
            next = i + 1 == texts.length ? 0 : i + 1;
            return reviewer.review(texts[i], stages[i]);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public DraftReview review(Drafts d) {
        return d.reviewNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public DraftReview reviewLatency(Drafts d) {
        return d.reviewNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 5, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DraftReviewer load() {
        return DraftReviewer.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 5, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DraftReview loadAndFirstReview() {
        return DraftReviewer.load().review("hey stranger 😘 miss u, come over tonight?", Stage.FIRST_TEXT);
    }
}
