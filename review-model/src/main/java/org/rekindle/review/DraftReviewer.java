package org.rekindle.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rekindle.draft.DraftRules;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.DraftText;
import org.rekindle.draft.InvalidDraftException;
import org.rekindle.draft.Label;
import org.rekindle.draft.LabelFinding;
import org.rekindle.journey.Stage;

/**
 * Draft review, the one entry point for {@code rekindle check} and {@code rekindle eval}.
 *
 * <pre>{@code
 * DraftReviewer reviewer = DraftReviewer.load();          // rules + model, about a second; reuse it
 * DraftReview r = reviewer.review("miss u 😘", Stage.FIRST_TEXT);
 * r.verdict();      // SEND | REVISE | HOLD
 * r.labels();       // [{label, severity ok|caution|block, spans [[start, end]], reason, guide "L5"}]
 * r.suggestions();  // lines to use instead (empty for SEND, quiet stages and the safety answer)
 * r.message();      // set in quiet stages ("don't write now") and for the safety answer, else null
 * EvalReport e = reviewer.evaluate(Path.of("data/drafts-dev.jsonl"));
 * }</pre>
 *
 * {@link DraftReview} serialises with Jackson to
 * {@code {"verdict", "stage", "labels": [{"label", "severity", "spans", "reason", "guide"}],
 * "words", "suggestions"}} (plus {@code message}, {@code safety}, {@code length}). Spans
 * are Java char offsets {@code [start, end)} into the text as given. {@link #review}
 * throws {@link InvalidDraftException} for an empty draft or one over 5,000 characters;
 * its message says what is wrong and how to fix it. Thread-safe once loaded.
 */
public final class DraftReviewer {

    static final String MODEL = "org/rekindle/review/label-model.bin.gz";
    static final String THRESHOLDS = "org/rekindle/review/thresholds.json";

    private final DraftRules rules;
    private final LabelModel model;
    private final Thresholds thresholds;
    private final Embedder embedder;

    DraftReviewer(DraftRules rules, LabelModel model, Thresholds thresholds, Embedder embedder) {
        this.rules = rules;
        this.model = model;
        this.thresholds = thresholds;
        this.embedder = embedder;
    }

    /**
     * Loads the rules, the policy, the trained model and the sentence encoder, side by side:
     * the encoder's parts (the ONNX runtime, the model bytes, the tokenizer) and the label
     * weights on start-up threads, the rules and policy on the caller's.
     */
    public static DraftReviewer load() {
        CompletableFuture<MiniLmEmbedder> embedder = MiniLmEmbedder.open(MiniLmEmbedder.STARTER);
        CompletableFuture<LabelModel> model = CompletableFuture.supplyAsync(() -> {
            try (InputStream m = resource(MODEL)) {
                return LabelModel.read(m);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the draft model: " + e.getMessage(), e);
            }
        }, MiniLmEmbedder.STARTER);
        try (InputStream t = resource(THRESHOLDS)) {
            Thresholds thresholds = Thresholds.read(t);
            DraftRules rules = DraftRules.load();
            return new DraftReviewer(rules, join(model), thresholds, join(embedder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the draft model: " + e.getMessage(), e);
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot start the draft reviewer: " + e.getCause(), e.getCause());
        }
    }

    /** Reviews a draft for a stage. @throws InvalidDraftException for an empty or over-long draft */
    public DraftReview review(String text, Stage stage) {
        DraftText draft = new DraftText(text);
        if (stage == null) {
            throw new IllegalArgumentException("A stage is required: one of " + java.util.Arrays.toString(Stage.values()));
        }
        return rules.reviewWithModel(draft, stage, modelFindings(text));
    }

    /** The model's labels, each with the words that weighed most for it ({@link Attribution}). */
    List<LabelFinding> modelFindings(String text) {
        org.rekindle.draft.NormalizedText normalized = org.rekindle.draft.NormalizedText.of(text);
        Features.Sparse x = Features.of(text);
        MiniLmEmbedder.TokenVectors tv = embedder instanceof MiniLmEmbedder m ? m.embedTokens(text) : null;
        float[] emb = tv != null ? tv.sentence() : embedder.embed(text);
        List<LabelFinding> out = new ArrayList<>();
        for (Label l : LabelCombiner.combine(Set.of(), model.probabilities(x, emb), thresholds)) {
            List<org.rekindle.draft.Span> spans = tv == null ? List.of()
                    : Attribution.spans(text, normalized, model.head(l), model.embScale(), tv);
            out.add(new LabelFinding(l, spans,
                    rules.policy().describe(l) + " (the marked words weighed most with the model)", List.of("model"),
                    false));
        }
        return out;
    }

    /** The labels (rules and model together) of a draft, whatever the stage. */
    public Set<Label> labels(String text) {
        Set<Label> out = EnumSet.noneOf(Label.class);
        out.addAll(ruleLabels(text));
        out.addAll(modelLabels(text));
        return out;
    }

    /** Labels the model is confident of; the rules' labels are merged in by DraftRules. */
    Set<Label> modelLabels(String text) {
        return LabelCombiner.combine(Set.of(), probabilities(text), thresholds);
    }

    Map<Label, Double> probabilities(String text) {
        return model.probabilities(Features.of(text), embedder.embed(text));
    }

    Set<Label> ruleLabels(String text) {
        Set<Label> out = EnumSet.noneOf(Label.class);
        for (LabelFinding f : rules.findByRules(text)) {
            out.add(f.label());
        }
        return out;
    }

    /** Scores the reviewer on a labelled JSONL file (one thread; the model already loaded). */
    public EvalReport evaluate(Path jsonl) {
        return evaluate(LabelledDraft.readJsonl(jsonl));
    }

    public EvalReport evaluate(List<LabelledDraft> drafts) {
        List<Set<Label>> gold = new ArrayList<>();
        List<Set<Label>> predicted = new ArrayList<>();
        long start = System.nanoTime();
        for (LabelledDraft d : drafts) {
            predicted.add(labels(d.text()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        drafts.forEach(d -> gold.add(d.labels()));
        return EvalReport.of(gold, predicted, drafts.isEmpty() ? 0 : drafts.size() / seconds);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DraftReviewer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the classpath; train it with: mvn -pl review-model exec:java");
        }
        return in;
    }
}
