package org.rekindle.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.playbook.PlaybookLoader;
import org.rekindle.status.Coach;
import org.rekindle.status.Status;

/**
 * Measures the average time of folding a 10,000-event journal ({@link Journals}: a seeded mix of
 * texts, replies, calls, meetings and reflections over two years) through {@link JourneyEngine#fold}
 * alone and through {@link Coach#status} (fold, next step, playbook look-ups), events already in
 * memory; the target is under 5 ms. Run:
 * {@code java -jar bench/target/benchmarks.jar FoldBenchmark -f 1 -wi 3 -i 5} (about a minute).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FoldBenchmark {

    @Param("10000")
    public int events;

    private Coach coach;
    private Journey journey;
    private JourneyEngine engine;
    private List<JournalEvent> journal;
    private LocalDate asOf;

    @Setup
    public void setUp() {
        coach = new Coach(PlaybookLoader.bundled());
        journey = coach.journey("Sam", Journals.BREAKUP, Journals.ENDED_BY, false, null);
        engine = new JourneyEngine(journey);
        journal = Journals.journal(events, journey.waits());
        asOf = Journals.AS_OF;
    }

    /** The fold alone: filter by day, stable sort, evolve event by event, advance to today. */
    @Benchmark
    public JourneyEngine.Outcome fold() {
        return engine.fold(journal, asOf);
    }

    /** What {@code rekindle status} computes once the events are read: the fold plus the next step. */
    @Benchmark
    public Status status() {
        return coach.status(journey, journal, asOf);
    }
}
