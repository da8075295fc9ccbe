package org.rekindle.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.draft.DraftRules;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.Label;
import org.rekindle.journey.Stage;
import org.rekindle.review.train.TrainModel;

/**
 * The training command end to end on a tiny corpus, so it cannot rot between real runs:
 * cross-validation, thresholds, the final model and its figures written, then read back and
 * serving a review with the words behind each model label.
 */
class TrainingPipelineTest {

    @Test
    void aTinyCorpusTrainsWritesAndServes(@TempDir Path dir) throws Exception {
        Path tiny = Path.of("src/test/resources/org/rekindle/review/sanity-paraphrases.jsonl");
        TrainModel.main(new String[] {tiny.toString(), dir.toString(),
            "src/test/resources/org/rekindle/review/sanity-fresh.jsonl"});

        Path model = dir.resolve("label-model.bin.gz");
        JsonNode figures = new ObjectMapper().readTree(dir.resolve("model-figures.json").toFile());
        assertThat(figures.path("model_sha256").asText()).isEqualTo(TrainModel.sha256(model));
        assertThat(figures.path("minilm_max_tokens").asInt()).isEqualTo(MiniLmEmbedder.MAX_TOKENS);
        assertThat(figures.path("cv_rules_and_model").path("drafts").asInt()).isEqualTo(96);
        assertThat(figures.path("sanity_sets").path("sanity-fresh.jsonl").path("drafts").asInt()).isEqualTo(55);

        LabelModel m;
        try (InputStream in = Files.newInputStream(model)) {
            m = LabelModel.read(in);
        }
        Thresholds t;
        try (InputStream in = Files.newInputStream(dir.resolve("thresholds.json"))) {
            t = Thresholds.read(in);
        }
        DraftReviewer reviewer = new DraftReviewer(DraftRules.load(), m, t, EvaluationTest.minilm());
        String draft = "I still love you and I want us to get back together, please answer me";
        DraftReview r = reviewer.review(draft, Stage.FIRST_TEXT);
        assertThat(r.has(Label.ROMANTIC)).isTrue();
        r.labels().forEach(l -> assertThat(l.spans()).as(l.toString()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(draft.length())));
    }
}
