package org.rekindle.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The encoder's input cap: what it keeps, and that training and serving agree on it. */
class MiniLmEmbedderTest {

    static MiniLmEmbedder minilm;

    static final String SHORT = "I heard our favorite song on the radio and thought of you. Hope you're great.";
    static final String PARAGRAPH = "I know it has been a long time and I am not sure you even want to hear from me, "
            + "but I walked past the bakery where we used to buy baguettes every Sunday and it all came back: "
            + "the mornings, the walks by the river, the way you laughed at my terrible jokes. ";
    /** Longer than any draft of the corpus: five paragraphs, about 350 word pieces. */
    static final String LONG = PARAGRAPH.repeat(5) + "I hope you are well.";

    @BeforeAll
    static void open() {
        minilm = new MiniLmEmbedder();
    }

    @Test
    void theShippedModelWasTrainedWithTheCapServingUses() throws IOException {
        try (InputStream in = MiniLmEmbedder.class.getResourceAsStream("model-figures.json")) {
            int trained = new ObjectMapper().readTree(in).path("minilm_max_tokens").asInt(-1);
            assertThat(trained).as("model-figures.json minilm_max_tokens: retrain (mvn -pl review-model exec:java)")
                    .isEqualTo(MiniLmEmbedder.MAX_TOKENS);
        }
        assertThat(minilm.maxTokens()).isEqualTo(MiniLmEmbedder.MAX_TOKENS);
    }

    @Test
    void belowTheCapTheVectorIsLangchain4jsOwn() {
        assertThat(minilm.tokenCount(SHORT)).isLessThanOrEqualTo(MiniLmEmbedder.MAX_TOKENS);
        float[] ours = minilm.embed(SHORT);
        float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(SHORT).content().vector();
        for (int k = 0; k < ours.length; k++) {
            assertThat(ours[k]).isCloseTo(theirs[k], org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void aLongDraftIsReadUpToTheCapThenClosedWithSep() {
        int cap = MiniLmEmbedder.MAX_TOKENS;
        assertThat(cap).as("drafts are read whole: the longest of the corpus, 125 words, fits").isEqualTo(128);
        assertThat(minilm.tokenCount(LONG)).isEqualTo(cap); // the tokenizer stops there too
        float[] capped = minilm.embed(LONG);
        assertThat(norm(capped)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        // Only the first cap - 2 word pieces count: what follows them changes nothing...
        float[] sameStart = minilm.embed(PARAGRAPH.repeat(5) + "Anyway, take care of yourself.");
        assertThat(sameStart).containsExactly(capped);
        // ...and the cap is what decides: a smaller one gives another vector.
        assertThat(minilm.withMaxTokens(64).embed(LONG)).isNotEqualTo(capped);
    }

    @Test
    void tokenVectorsAreWhatTheSentenceVectorIsTheMeanOfAndLieInsideTheDraft() {
        String text = "miss u 😘 so much, see you at the market?";
        MiniLmEmbedder.TokenVectors tv = minilm.embedTokens(text);
        float[] mean = new float[tv.sentence().length];
        for (float[] t : tv.tokens()) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += t[k] / tv.tokens().length / tv.norm();
            }
        }
        for (int k = 0; k < mean.length; k++) {
            assertThat(mean[k]).isCloseTo(tv.sentence()[k], org.assertj.core.data.Offset.offset(1e-5f));
        }
        assertThat(tv.starts()[0]).isEqualTo(-1); // [CLS]
        for (int i = 1; i < tv.starts().length - 1; i++) {
            assertThat(tv.starts()[i]).isBetween(0, text.length() - 1);
            assertThat(tv.ends()[i]).isBetween(tv.starts()[i] + 1, text.length());
        }
        assertThat(text.substring(tv.starts()[3], tv.ends()[3])).isEqualTo("😘"); // a surrogate pair, whole
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
