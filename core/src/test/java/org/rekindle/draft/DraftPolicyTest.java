package org.rekindle.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rekindle.journey.Stage;

/** The verdict policy of STAGES.md, with the rules as the only labeller. */
class DraftPolicyTest {

    private static final DraftRules COACH = DraftRules.load();

    private static DraftReview review(String text, Stage stage) {
        return COACH.review(text, stage);
    }

    private static DraftReview withLabels(Stage stage, int words, Label... labels) {
        List<LabelFinding> f = Arrays.stream(labels)
                .map(l -> new LabelFinding(l, List.of(), "test", List.of("test"), false)).toList();
        return COACH.policy().decide(stage, f, words);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"SPACE", "AWAITING_REPLY", "SILENCE", "MOVING_ON"})
    void quietStagesHoldEveryDraftWithDontWriteNow(Stage stage) {
        DraftReview r = review("I heard our favorite song on the radio and thought of some good times. Hope you're great.",
                stage);
        assertThat(r.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(r.message()).startsWith("don't write now");
        assertThat(r.suggestions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you don't answer I'll kill myself.",
        "I don't think I can keep going if you won't talk to me.",
        "You'll regret this. Watch your back.",
        "sometimes i think i should just end it all"})
    void threatsAreHeldInEveryStageAndPointToHelp(String draft) {
        for (Stage stage : Stage.values()) {
            DraftReview r = review(draft, stage);
            assertThat(r.verdict()).as(stage.name()).isEqualTo(Verdict.HOLD);
            assertThat(r.safety()).as(stage.name()).isTrue();
            assertThat(r.message()).as(stage.name()).contains("crisis line").contains("someone").contains("988");
            assertThat(r.suggestions()).as("no better wording for a threat").isEmpty();
        }
    }

    @Test
    void romanceAndBreakupAreFineAtAMeetingOnlyAlongsideAnHonestReason() {
        assertThat(withLabels(Stage.MEETING, 8, Label.ROMANTIC).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.MEETING, 8, Label.ROMANTIC, Label.INTENT).verdict()).isEqualTo(Verdict.SEND);
        assertThat(withLabels(Stage.MEETING, 8, Label.BREAKUP_TALK).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.MEETING, 8, Label.BREAKUP_TALK, Label.INTENT, Label.ROMANTIC).verdict())
                .isEqualTo(Verdict.SEND);
        assertThat(withLabels(Stage.MEETING, 8, Label.SEXUAL, Label.INTENT).verdict()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void theWorstLabelDecides() {
        assertThat(withLabels(Stage.TEXTING, 5, Label.ROMANTIC).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.TEXTING, 5, Label.ROMANTIC, Label.BREAKUP_TALK).verdict()).isEqualTo(Verdict.HOLD);
        assertThat(withLabels(Stage.FIRST_TEXT, 5, Label.INVITATION).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.CALL, 5, Label.INVITATION).verdict()).isEqualTo(Verdict.SEND);
        assertThat(withLabels(Stage.FIRST_TEXT, 5, Label.APOLOGY).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.REPAIR, 5, Label.OTHER_PEOPLE).verdict()).isEqualTo(Verdict.HOLD);
        assertThat(withLabels(Stage.REBUILDING, 5, Label.OTHER_PEOPLE).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.FEELINGS, 5, Label.RELATIONSHIP_PLANS, Label.ROMANTIC).verdict())
                .isEqualTo(Verdict.SEND);
        assertThat(withLabels(Stage.DECLINED, 5, Label.PRESSURE).verdict()).isEqualTo(Verdict.HOLD);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"SPACE", "AWAITING_REPLY", "SILENCE", "MOVING_ON"})
    void memoryIntentAndAppreciationNeverCountAgainst(Stage stage) {
        DraftReview r = withLabels(stage, 10, Label.MEMORY, Label.INTENT, Label.APPRECIATION);
        assertThat(r.verdict()).isEqualTo(Verdict.SEND);
        assertThat(r.labels()).allMatch(l -> l.severity() == Severity.OK);
    }

    @Test
    void overFortyWordsIsACautionInAFirstTextAndTheFinalAppealOnly() {
        assertThat(withLabels(Stage.FIRST_TEXT, 41).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.FIRST_TEXT, 41).length().guide()).isEqualTo("L5");
        assertThat(withLabels(Stage.DECLINED, 41).verdict()).isEqualTo(Verdict.REVISE);
        assertThat(withLabels(Stage.FIRST_TEXT, 40).verdict()).isEqualTo(Verdict.SEND);
        assertThat(withLabels(Stage.TEXTING, 80).verdict()).isEqualTo(Verdict.SEND);
        String long45 = "Hi, " + "the weather here has been lovely and calm ".repeat(5).trim() + ".";
        assertThat(new DraftText(long45).words()).isGreaterThan(40);
        assertThat(review(long45, Stage.FIRST_TEXT).verdict()).isEqualTo(Verdict.REVISE);
    }

    @Test
    void aRevisedDraftGetsTheStagesSuggestionsAndEachLabelItsGuideLine() {
        DraftReview r = review("I've realized how much I miss you", Stage.FIRST_TEXT);
        assertThat(r.verdict()).isEqualTo(Verdict.HOLD);
        LabelReview romantic = r.labels().stream().filter(l -> l.label() == Label.ROMANTIC).findFirst().orElseThrow();
        assertThat(romantic.severity()).isEqualTo(Severity.BLOCK);
        assertThat(romantic.guide()).isEqualTo("L5");
        assertThat(romantic.spans()).isNotEmpty();
        assertThat(r.suggestions()).contains(
                "I just walked by the bakery where we used to buy baguettes together and it reminded me of you. "
                        + "I hope you're doing well.");
    }

    @Test
    void emptyAndOverlongDraftsAreRejectedWithHowToFixIt() {
        assertThatThrownBy(() -> new DraftText("   ")).isInstanceOf(InvalidDraftException.class)
                .hasMessageContaining("empty").hasMessageContaining("Type the message");
        assertThatThrownBy(() -> new DraftText("a".repeat(5001))).isInstanceOf(InvalidDraftException.class)
                .hasMessageContaining("5001 characters").hasMessageContaining("limit is 5000");
        assertThat(new DraftText("a".repeat(5000)).text()).hasSize(5000);
    }

    @Test
    void everySuggestedLineIsItselfSentAtItsStage() {
        for (Stage stage : Stage.values()) {
            for (String line : COACH.policy().suggestedLines(stage)) {
                assertThat(review(line, stage).verdict()).as(stage + ": " + line).isEqualTo(Verdict.SEND);
            }
        }
        assertThat(Set.of(Stage.values())).allMatch(s -> s.isQuiet() || !COACH.policy().suggestedLines(s).isEmpty());
    }
}
