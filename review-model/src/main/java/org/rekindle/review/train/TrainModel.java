package org.rekindle.review.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rekindle.draft.DraftRules;
import org.rekindle.draft.Label;
import org.rekindle.draft.LabelFinding;
import org.rekindle.review.EvalReport;
import org.rekindle.review.Features;
import org.rekindle.review.LabelCombiner;
import org.rekindle.review.LabelModel;
import org.rekindle.review.LabelledDraft;
import org.rekindle.review.MiniLmEmbedder;
import org.rekindle.review.Thresholds;

/**
 * Trains the draft labeller on {@code data/drafts-dev.jsonl} and measures it.
 *
 * <p>Run from the repository root: {@code mvn -pl review-model -am install -DskipTests}
 * once, then {@code mvn -pl review-model exec:java} (or pass {@code -Dexec.args="dev.jsonl
 * outDir [sanity.jsonl]"}). It runs 5-fold cross-validation (folds seeded), picks each
 * label's threshold on the out-of-fold probabilities for the union rules ∪ model, trains
 * the final model on the whole set, and writes {@code label-model.bin.gz},
 * {@code thresholds.json} and {@code model-figures.json} into
 * {@code review-model/src/main/resources/org/rekindle/review/}. It embeds through
 * {@link MiniLmEmbedder}, so with the same input cap as serving ({@link MiniLmEmbedder#MAX_TOKENS},
 * recorded in the figures as {@code minilm_max_tokens}).
 */
public final class TrainModel {

    static final int FOLDS = 5;
    static final long FOLD_SEED = 20_240_601L;

    public static void main(String[] args) throws IOException {
        Path root = findRoot();
        List<Path> corpus = args.length > 0 ? List.of(Path.of(args[0])) : corpusFiles(root);
        Path dev = corpus.get(0);
        Path out = args.length > 1 ? Path.of(args[1])
                : root.resolve("review-model/src/main/resources/org/rekindle/review");
        Path tests = root.resolve("review-model/src/test/resources/org/rekindle/review");
        List<Path> sanity = args.length > 2 ? List.of(Path.of(args[2]))
                : List.of(tests.resolve("sanity-paraphrases.jsonl"), tests.resolve("sanity-fresh.jsonl"));
        Trainer.Params params = Trainer.Params.DEFAULT;

        List<LabelledDraft> drafts = new ArrayList<>();
        List<Boolean> fromRulesFile = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Path file : corpus) {
            for (LabelledDraft d : LabelledDraft.readJsonl(file)) {
                if (seen.add(key(d.text()))) { // a text in two folds would leak
                    drafts.add(d);
                    fromRulesFile.add(file.getFileName().toString().equals("drafts-dev.jsonl"));
                }
            }
        }
        DraftRules draftRules = DraftRules.load();
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        CrossValidation cv = crossValidate(drafts, draftRules, embedder, params);
        List<Features.Sparse> xs = cv.features();
        List<float[]> es = cv.embeddings();
        List<Set<Label>> ys = cv.gold();
        List<Set<Label>> rules = cv.rules();
        List<Map<Label, Double>> oof = cv.outOfFold();
        int n = drafts.size();

        Thresholds modelOnly = pickThresholds(oof, ys, emptySets(n));
        Thresholds combined = modelOnly;
        EvalReport cvModel = EvalReport.of(ys, predict(oof, emptySets(n), modelOnly), 0);
        EvalReport cvCombined = EvalReport.of(ys, predict(oof, rules, combined), 0);
        EvalReport rulesOnly = EvalReport.of(ys, rules, 0);

        LabelModel fin = Trainer.train(xs, es, ys, params);
        Files.createDirectories(out);
        try (OutputStream os = Files.newOutputStream(out.resolve("label-model.bin.gz"))) {
            fin.write(os);
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        // Ties the figures to the model file they describe (ShippedModelTest checks it).
        figures.put("model_sha256", sha256(out.resolve("label-model.bin.gz")));
        figures.put("data", corpus.stream().map(p -> p.getFileName().toString()).toList() + " (" + n
                + " drafts, repeated texts dropped)");
        figures.put("method", FOLDS + "-fold cross-validation, folds seeded " + FOLD_SEED
                + "; thresholds picked on the out-of-fold probabilities (slightly optimistic);"
                + " the rules were written while reading drafts-dev.jsonl and revised on the corpus"
                + " (cv_rules_and_model_new_drafts leaves drafts-dev.jsonl out)");
        figures.put("params", params);
        // Serving reads the same cap (MiniLmEmbedder.MAX_TOKENS); a test checks the two agree.
        figures.put("minilm_max_tokens", embedder.maxTokens());
        figures.put("cv_rules_and_model", cvCombined);
        figures.put("cv_model_only", cvModel);
        List<Set<Label>> ysNew = new ArrayList<>();
        List<Set<Label>> pNew = new ArrayList<>();
        List<Set<Label>> rNew = new ArrayList<>();
        List<Set<Label>> predAll = predict(oof, rules, combined);
        int shortClean = 0;
        int shortFlagged = 0;
        for (int i = 0; i < n; i++) {
            if (!fromRulesFile.get(i)) {
                ysNew.add(ys.get(i));
                pNew.add(predAll.get(i));
                rNew.add(rules.get(i));
            }
            if (drafts.get(i).text().strip().split("\\s+").length <= 3 && ys.get(i).stream().noneMatch(Label::isRisk)) {
                shortClean++;
                shortFlagged += predAll.get(i).stream().anyMatch(Label::isRisk) ? 1 : 0;
            }
        }
        EvalReport cvNew = EvalReport.of(ysNew, pNew, 0);
        EvalReport rulesNew = EvalReport.of(ysNew, rNew, 0);
        figures.put("cv_rules_and_model_new_drafts", cvNew);
        figures.put("rules_only_new_drafts", rulesNew);
        figures.put("cv_short_clean_drafts", Map.of("drafts", shortClean, "flagged", shortFlagged));
        figures.put("rules_only_on_dev", rulesOnly);
        Map<String, EvalReport> sanityReports = new LinkedHashMap<>();
        for (Path file : sanity) {
            if (!Files.exists(file)) {
                continue;
            }
            List<Set<Label>> gold = new ArrayList<>();
            List<Set<Label>> pred = new ArrayList<>();
            for (LabelledDraft d : LabelledDraft.readJsonl(file)) {
                gold.add(d.labels());
                pred.add(LabelCombiner.combine(ruleLabels(draftRules, d.text()),
                        fin.probabilities(Features.of(d.text()), embedder.embed(d.text())), combined));
            }
            sanityReports.put(file.getFileName().toString(), EvalReport.of(gold, pred, 0));
        }
        figures.put("sanity_sets", sanityReports);

        Map<String, Object> th = new LinkedHashMap<>();
        for (Label l : Label.values()) {
            EvalReport.LabelScore s = cvCombined.labels().get(l);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("threshold", combined.of(l));
            e.put("cv_precision", s.precision());
            e.put("cv_recall", s.recall());
            e.put("cv_f1", s.f1());
            th.put(l.name(), e);
        }
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        om.writeValue(out.resolve("thresholds.json").toFile(), th);
        om.writeValue(out.resolve("model-figures.json").toFile(), figures);

        System.out.println("MiniLM input cap: " + embedder.maxTokens() + " tokens ([CLS] and [SEP] included)");
        System.out.println("rules only (not held out):       " + rulesOnly.summary());
        System.out.println("model only, " + FOLDS + "-fold CV:          " + cvModel.summary());
        System.out.println("rules + model, " + FOLDS + "-fold CV:       " + cvCombined.summary());
        System.out.println("  the same, drafts-dev.jsonl left out: " + cvNew.summary());
        System.out.println("rules only, drafts-dev.jsonl left out: " + rulesNew.summary());
        System.out.println("clean drafts of <= 3 words flagged (CV): " + shortFlagged + " of " + shortClean);
        sanityReports.forEach((name, r) -> System.out.println(name + ": " + r.summary()));
        for (Label l : Label.values()) {
            EvalReport.LabelScore s = cvCombined.labels().get(l);
            System.out.printf(java.util.Locale.ROOT, "  %-19s t=%.2f  P %.2f R %.2f F1 %.2f%n", l, combined.of(l),
                    s.precision(), s.recall(), s.f1());
        }
        System.out.println("wrote " + out.resolve("label-model.bin.gz") + " ("
                + Files.size(out.resolve("label-model.bin.gz")) / 1024 + " KiB), thresholds.json, model-figures.json");
    }

    /** What cross-validation produced: per draft its features, gold labels, rule labels and out-of-fold probabilities. */
    public record CrossValidation(List<Features.Sparse> features, List<float[]> embeddings, List<Set<Label>> gold,
            List<Set<Label>> rules, List<Map<Label, Double>> outOfFold) {

        /** Figures of rules ∪ model with thresholds picked on these out-of-fold probabilities. */
        public EvalReport combined() {
            return EvalReport.of(gold, predict(outOfFold, rules, pickThresholds(outOfFold, gold, emptySets(gold.size()))), 0);
        }

        public EvalReport modelOnly() {
            List<Set<Label>> none = emptySets(gold.size());
            return EvalReport.of(gold, predict(outOfFold, none, pickThresholds(outOfFold, gold, none)), 0);
        }
    }

    /** 5-fold cross-validation (seeded folds): every draft scored by a model that never saw it. */
    public static CrossValidation crossValidate(List<LabelledDraft> drafts, DraftRules draftRules,
            org.rekindle.review.Embedder embedder, Trainer.Params params) {
        List<Features.Sparse> xs = new ArrayList<>();
        List<float[]> es = new ArrayList<>();
        List<Set<Label>> ys = new ArrayList<>();
        List<Set<Label>> rules = new ArrayList<>();
        for (LabelledDraft d : drafts) {
            xs.add(Features.of(d.text()));
            es.add(embedder.embed(d.text()));
            ys.add(d.labels());
            rules.add(ruleLabels(draftRules, d.text()));
        }
        int n = drafts.size();
        int[] fold = folds(n);
        List<Map<Label, Double>> oof = new ArrayList<>(java.util.Collections.nCopies(n, (Map<Label, Double>) null));
        for (int f = 0; f < FOLDS; f++) {
            List<Features.Sparse> tx = new ArrayList<>();
            List<float[]> te = new ArrayList<>();
            List<Set<Label>> ty = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    tx.add(xs.get(i));
                    te.add(es.get(i));
                    ty.add(ys.get(i));
                }
            }
            LabelModel m = Trainer.train(tx, te, ty, params);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    oof.set(i, m.probabilities(xs.get(i), es.get(i)));
                }
            }
        }
        return new CrossValidation(xs, es, ys, rules, oof);
    }

    /**
     * Per label, the threshold in [0.40, 0.95] (below 0.4 the model leans against the label) that maximises F-beta (beta = 0.5: precision
     * counts twice as much as recall) of (rule ∨ p ≥ t) on the out-of-fold probabilities;
     * ties go to the higher threshold (fewer false alarms). Called with no rule labels, it
     * tunes the model on its own: that is what we ship, because the rules were written on
     * this same file and would otherwise make every model vote look unnecessary.
     */
    static Thresholds pickThresholds(List<Map<Label, Double>> probs, List<Set<Label>> gold, List<Set<Label>> rules) {
        final double beta2 = 0.25;
        Map<Label, Double> out = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            double best = -1;
            double bestT = 0.5;
            for (int k = 40; k <= 95; k++) {
                double t = k / 100.0;
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int i = 0; i < gold.size(); i++) {
                    boolean p = rules.get(i).contains(l) || probs.get(i).get(l) >= t;
                    boolean g = gold.get(i).contains(l);
                    if (p && g) {
                        tp++;
                    } else if (p) {
                        fp++;
                    } else if (g) {
                        fn++;
                    }
                }
                double f = tp == 0 ? 0 : (1 + beta2) * tp / ((1 + beta2) * tp + beta2 * fn + fp);
                if (f >= best) {
                    best = f;
                    bestT = t;
                }
            }
            out.put(l, bestT);
        }
        return new Thresholds(out);
    }

    static List<Set<Label>> predict(List<Map<Label, Double>> probs, List<Set<Label>> rules, Thresholds t) {
        List<Set<Label>> out = new ArrayList<>();
        for (int i = 0; i < probs.size(); i++) {
            out.add(LabelCombiner.combine(rules.get(i), probs.get(i), t));
        }
        return out;
    }

    static Set<Label> ruleLabels(DraftRules draftRules, String text) {
        Set<Label> s = EnumSet.noneOf(Label.class);
        for (LabelFinding f : draftRules.findByRules(text)) {
            s.add(f.label());
        }
        return s;
    }

    private static List<Set<Label>> emptySets(int n) {
        List<Set<Label>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Set.of());
        }
        return out;
    }

    private static int[] folds(int n) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        java.util.Collections.shuffle(java.util.Arrays.asList(idx), new Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int k = 0; k < n; k++) {
            fold[idx[k]] = k % FOLDS;
        }
        return fold;
    }

    public static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two drafts are the same text when they differ only in case and surrounding space. */
    static String key(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The corpus: drafts-dev.jsonl first, then every file of data/corpus/ (data/CORPUS.md). */
    static List<Path> corpusFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("data/drafts-dev.jsonl"));
        Path dir = root.resolve("data/corpus");
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    // The repository root is where data/drafts-dev.jsonl lives; Maven may start us in the module.
    private static Path findRoot() {
        String given = System.getProperty("rekindle.root");
        Path p = (given != null ? Path.of(given) : Path.of("")).toAbsolutePath().normalize();
        while (p != null) {
            if (Files.exists(p.resolve("data/drafts-dev.jsonl"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("run from inside the rekindle repository (no data/drafts-dev.jsonl above "
                + Path.of("").toAbsolutePath() + ")");
    }
}
