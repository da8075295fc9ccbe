package org.rekindle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.InvalidDraftException;
import org.rekindle.draft.Label;
import org.rekindle.draft.Verdict;
import org.rekindle.journey.Stage;

/** The facade end to end: rules, model and policy together, as {@code rekindle check} will call it. */
class DraftReviewerTest {

    static DraftReviewer reviewer;

    @BeforeAll
    static void load() {
        // how long this takes is measured by JMH (DraftReviewBenchmark.load), never here
        reviewer = DraftReviewer.load();
    }

    /** STAGES.md, "Example lines from the guide (must pass at their stage)". */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        FIRST_TEXT | I just walked by the bakery where we used to buy baguettes together and it reminded me of you. I hope you're doing well.
        FIRST_TEXT | I heard our favorite song on the radio together and thought of some good times we've had. Hope you're great.
        CALL       | I heard that there's a new photography exhibit at the art museum. I'd like to go and it should only take about an hour. Would you be interested in joining me?
        MEETING    | While we've been apart for the past couple of months, I've realized how much I miss you.
        MEETING    | I've processed things emotionally after we broke up, and I figured out that I'm not happy when you're not a part of my life.
        DECLINED   | I'm not asking for us to get back together right away. I just want one more chance to show how much I care for you.
        REPAIR     | I was out with friends the other night, and I started thinking about how funny you are and how much I love the way our senses of humor work together.
        """)
    void theGuidesExampleLinesAreSentAtTheirStage(Stage stage, String line) {
        DraftReview r = reviewer.review(line, stage);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.SEND);
    }

    @Test
    void everySuggestedLineIsSentAtItsStageByRulesAndModelTogether() {
        org.rekindle.draft.DraftPolicy policy = org.rekindle.draft.DraftPolicy.load();
        for (Stage stage : Stage.values()) {
            for (String line : policy.suggestedLines(stage)) {
                assertThat(reviewer.review(line, stage).verdict()).as(stage + ": " + line).isEqualTo(Verdict.SEND);
            }
        }
    }

    @Test
    void theSameLineOneStageTooEarlyIsHeld() {
        DraftReview r = reviewer.review("I've realized how much I miss you", Stage.FIRST_TEXT);
        assertThat(r.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(r.has(Label.ROMANTIC)).isTrue();
        assertThat(r.suggestions()).isNotEmpty();
    }

    @Test
    void quietStageAndSafetyAnswers() {
        DraftReview quiet = reviewer.review("Hope you're well!", Stage.SPACE);
        assertThat(quiet.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(quiet.message()).startsWith("don't write now");
        DraftReview threat = reviewer.review("answer me or I'll hurt myself", Stage.REBUILDING);
        assertThat(threat.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(threat.safety()).isTrue();
        assertThat(threat.suggestions()).isEmpty();
        assertThat(threat.message()).contains("crisis line");
    }

    /** Greetings are the commonest first texts: nothing in them is a risk. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Yo", "Heyy", "Hiya!", "Good morning", "hey", "Morning!",
        "hiya 🙂", "happy bday!", "Hi", "Hello there", "hey you", "Hey! How are you?", "good night", "yo 👋",
        "Happy new year!", "sup"})
    void aShortGreetingIsNoRiskAtTexting(String greeting) {
        DraftReview r = reviewer.review(greeting, Stage.TEXTING);
        assertThat(r.labels()).as(r.toString()).noneMatch(l -> l.label().isRisk());
        assertThat(r.verdict()).isEqualTo(Verdict.SEND);
    }

    /** House rule "Safety before wording": in every stage, and the safety answer stands alone. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Stage.class)
    void aThreatOfSelfHarmGetsTheSafetyAnswerAloneInEveryStage(Stage stage) {
        for (String draft : List.of("answer me or I'll hurt myself",
                "I love you so much babe 😘 if you leave me I'll kill myself",
                "remember our first kiss? you'll regret ignoring me")) {
            DraftReview r = reviewer.review(draft, stage);
            assertThat(r.verdict()).as(draft).isEqualTo(Verdict.HOLD);
            assertThat(r.safety()).as(draft).isTrue();
            assertThat(r.suggestions()).isEmpty();
            assertThat(r.message()).contains("crisis line");
            // one line, the safety finding's: no "too early to flirt" under a crisis line
            assertThat(r.labels()).as(draft).singleElement().satisfies(l -> {
                assertThat(l.label()).isEqualTo(Label.PRESSURE);
                assertThat(l.sources()).anyMatch(s -> s.startsWith("SAFETY_"));
                assertThat(l.reason()).doesNotContain("flirt");
            });
        }
    }

    /** Every label, the model's included, shows words, and they are inside the draft. */
    @Test
    void everyLabelShowsWordsInsideTheDraft() {
        List<LabelledDraft> drafts = new java.util.ArrayList<>(LabelledDraft.readJsonl(java.nio.file.Path.of(
                "../data/drafts-dev.jsonl")));
        drafts.add(new LabelledDraft("e1", "🍆💦 tonight?", java.util.Set.of()));
        drafts.add(new LabelledDraft("e2", "مرحبا I still think about us every night 💔", java.util.Set.of()));
        drafts.add(new LabelledDraft("e3", "x", java.util.Set.of()));
        int modelLabels = 0;
        for (LabelledDraft d : drafts) {
            DraftReview r = reviewer.review(d.text(), Stage.TEXTING);
            for (var l : r.labels()) {
                assertThat(l.spans()).as(d.text() + " " + l).isNotEmpty();
                for (var span : l.spans()) {
                    assertThat(span.start()).isGreaterThanOrEqualTo(0).isLessThan(span.end());
                    assertThat(span.end()).isLessThanOrEqualTo(d.text().length());
                    assertThat(span.of(d.text()).strip()).as(d.text()).isNotEmpty();
                }
                modelLabels += l.sources().contains("model") ? 1 : 0;
            }
        }
        assertThat(modelLabels).as("labels found by the model alone").isGreaterThan(20);
    }

    @Test
    void serialisesToTheAgreedShape() throws Exception {
        DraftReview r = reviewer.review("miss u 😘", Stage.FIRST_TEXT);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertThat(json.get("verdict").asText()).isEqualTo("HOLD");
        assertThat(json.get("stage").asText()).isEqualTo("FIRST_TEXT");
        assertThat(json.get("words").asInt()).isEqualTo(2);
        assertThat(json.get("suggestions").isArray()).isTrue();
        JsonNode romantic = json.get("labels").get(0);
        assertThat(romantic.get("label").asText()).isEqualTo("ROMANTIC");
        assertThat(romantic.get("severity").asText()).isEqualTo("block");
        assertThat(romantic.get("guide").asText()).isEqualTo("L5");
        assertThat(romantic.get("reason").asText()).isNotBlank();
        assertThat(romantic.get("spans").toString()).isEqualTo("[[0,6],[7,9]]");
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("verdict", "stage", "labels", "words", "suggestions");
    }

    @Test
    void rejectsEmptyAndOverlongDraftsWithAFix() {
        assertThatThrownBy(() -> reviewer.review("", Stage.TEXTING)).isInstanceOf(InvalidDraftException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reviewer.review("x".repeat(5001), Stage.TEXTING))
                .isInstanceOf(InvalidDraftException.class).hasMessageContaining("limit is 5000");
        assertThatThrownBy(() -> reviewer.review("hi", null)).hasMessageContaining("stage is required");
    }
}
