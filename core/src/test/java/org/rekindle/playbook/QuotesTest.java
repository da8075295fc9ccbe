package org.rekindle.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.Stage;

/**
 * Every quote the coach can show reads as prose: the source's artifacts (a comma opening a line,
 * "another.This", "like:“I", "fail again., While", a dangling "say things like:") are gone. The
 * words each piece of advice quotes come from its own line, and a short cooling-off never meets
 * "a couple of months" in the first text's quote.
 */
class QuotesTest {

    private static final Playbook PLAYBOOK = PlaybookLoader.bundled();

    @Test
    void everyLineOfTheGuideIsCleanedOnce() {
        GuideText guide = PLAYBOOK.guide();
        for (int i = 1; i <= guide.lineCount(); i++) {
            String q = guide.quote(new Citation(i, i));
            String where = "L" + i + ": " + q;
            assertThat(q).as(where).doesNotMatch("(?s).*[.!?:][A-Z\u201c].*")
                    .doesNotContain(".,").doesNotContain("  ").doesNotStartWith(",").doesNotEndWith(";")
                    .doesNotEndWith(":").isEqualTo(q.strip());
        }
        assertThat(guide.quote(Citation.parse("L8"))).contains("one another. This will show");
        assertThat(guide.quote(Citation.parse("L5"))).contains("say something like: \u201cI just walked");
        assertThat(guide.quote(Citation.parse("L24"))).contains("fail again. While")
                .endsWith("express these in conversation.");
        assertThat(guide.quote(Citation.parse("L11"))).endsWith("wanting to reconnect.");
    }

    @Test
    void everyQuotedAdviceIsCleanAndFromItsLine() {
        List<Advice> all = new ArrayList<>();
        for (Stage s : Stage.values()) {
            all.addAll(PLAYBOOK.stage(s).dos());
            all.addAll(PLAYBOOK.stage(s).avoids());
            all.add(PLAYBOOK.reachedOut(s));
        }
        all.addAll(PLAYBOOK.concerns().values());
        all.addAll(PLAYBOOK.endings().values());
        all.addAll(PLAYBOOK.retractions().values());
        PLAYBOOK.journalReplies().forEach(r -> all.add(r.advice()));
        all.add(PLAYBOOK.planClosing());
        all.add(PLAYBOOK.heardAfterSecondSilence());
        for (Advice a : all) {
            assertThat(PLAYBOOK.quote(a.guide())).as(a.text()).contains(a.words());
            assertThat(a.words()).as(a.text()).doesNotMatch("(?s).*[.!?:][A-Z\u201c].*").doesNotEndWith(":");
        }
        for (StepGuide g : PLAYBOOK.steps().values()) {
            assertThat(PLAYBOOK.quote(g.guide())).as(g.action()).contains(g.words());
        }
        assertThat(PLAYBOOK.step(org.rekindle.plan.NextStep.SEND_FIRST_TEXT).words()).doesNotContain("couple of months");
    }

    @Test
    void wordsNotInTheirLineAreRefused() {
        String yaml = new String(readBundled(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("words: \"Be brief and sweet\"", "words: \"Be brief and sweet and flirt\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlaybookLoader.parse("broken.yaml", yaml,
                        n -> new String(readResource(n), java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("FIRST_TEXT).do[0].words \"Be brief and sweet and flirt\" are not in L5");
    }

    private static byte[] readBundled() {
        return readResource("playbook.yaml");
    }

    private static byte[] readResource(String name) {
        try (var in = PlaybookLoader.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
