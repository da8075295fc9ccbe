package org.rekindle.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans are Java char offsets into the text as typed, whatever normalisation did in between. */
class SpansAndNormalisationTest {

    private final RuleBook rules = RuleBook.load();

    private List<Span> spansOf(String text, Label label) {
        return rules.check(text).stream().filter(m -> m.label() == label).flatMap(m -> m.spans().stream()).toList();
    }

    @Test
    void emojiBeforeTheMatchShiftsOffsetsByTwoCharsEach() {
        String text = "😘😘 miss u";
        List<Span> spans = spansOf(text, Label.ROMANTIC);
        assertThat(spans).extracting(s -> s.of(text)).contains("miss u");
        assertThat(spans).contains(new Span(5, 11));
        assertThat(spans).extracting(s -> s.of(text)).contains("😘");
    }

    @Test
    void anEmojiSpanCoversTheWholeSurrogatePairAndItsVariationSelector() {
        String text = "ok 😍\uFE0F bye";
        assertThat(spansOf(text, Label.ROMANTIC)).containsExactly(new Span(3, 6));
        String kiss = "x😘";
        assertThat(spansOf(kiss, Label.ROMANTIC)).containsExactly(new Span(1, 3));
    }

    @Test
    void rightToLeftTextAroundAMatchKeepsOffsetsOfTheOriginal() {
        String text = "שלום, I miss you مرحبا";
        List<Span> spans = spansOf(text, Label.ROMANTIC);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).of(text)).isEqualTo("miss you");
        assertThat(spans.get(0)).isEqualTo(new Span(text.indexOf("miss"), text.indexOf("miss") + 8));
    }

    @Test
    void aOneCharacterDraftIsReviewedAndItsSpanIsThatCharacter() {
        assertThat(spansOf("😘", Label.ROMANTIC)).containsExactly(new Span(0, 2));
        assertThat(rules.check("k")).isEmpty();
        DraftReview r = DraftRules.load().review("k", org.rekindle.journey.Stage.TEXTING);
        assertThat(r.verdict()).isEqualTo(Verdict.SEND);
        assertThat(r.words()).isEqualTo(1);
    }

    @Test
    void slangIsSpelledOutButTheSpanIsWhatWasTyped() {
        NormalizedText n = NormalizedText.of("I WANNA c u, luv");
        assertThat(n.text()).isEqualTo("i want to c you, love");
        assertThat(n.toOriginal(2, 9)).isEqualTo(new Span(2, 7)); // "want to" <- "WANNA"
        String text = "luv u";
        assertThat(spansOf(text, Label.ROMANTIC)).containsExactly(new Span(0, 5));
    }

    @Test
    void curlyQuotesAndStretchedLettersAreFolded() {
        NormalizedText n = NormalizedText.of("I’m sooo sorry");
        assertThat(n.text()).isEqualTo("i'm so sorry");
        assertThat(n.toOriginal(4, 6)).isEqualTo(new Span(4, 8)); // "so" <- "sooo"
        assertThat(spansOf("I’m outsiiide", Label.PRESSURE)).extracting(s -> s.of("I’m outsiiide"))
                .containsExactly("I’m outsiiide");
    }

    @Test
    void hedgedOrNegatedTopicsAreStillRaised() {
        assertThat(spansOf("not trying to flirt lol", Label.ROMANTIC)).isNotEmpty();
        assertThat(spansOf("I'm not asking to get back together, but coffee?", Label.RELATIONSHIP_PLANS)).isNotEmpty();
        assertThat(spansOf("I won't bring up the breakup", Label.BREAKUP_TALK)).isNotEmpty();
    }

    @Test
    void wordsAreNotLabels() {
        assertThat(spansOf("I'd love to see that exhibit", Label.ROMANTIC)).isEmpty();
        assertThat(spansOf("it's hot at the market", Label.SEXUAL)).isEmpty();
        assertThat(spansOf("it's hot at the market", Label.ROMANTIC)).isEmpty();
    }
}
