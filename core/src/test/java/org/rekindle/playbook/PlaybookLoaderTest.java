package org.rekindle.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.Stage;
import org.rekindle.plan.NextStep;

class PlaybookLoaderTest {

    private static final String YAML = read("playbook.yaml");
    private static final String GUIDE = read("source-guide.txt");

    private static String read(String name) {
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Playbook parse(String yaml) {
        return PlaybookLoader.parse("broken.yaml", yaml, name -> GUIDE);
    }

    @Test
    void theBundledPlaybookCoversEveryStageAndStepAndQuotesTheGuide() {
        Playbook p = PlaybookLoader.bundled();
        for (Stage s : Stage.values()) {
            assertThat(p.stage(s).dos()).isNotEmpty();
            assertThat(p.stage(s).avoids()).isNotEmpty();
        }
        assertThat(p.step(NextStep.MOVE_ON).contactsEx()).isFalse();
        assertThat(p.quote(Citation.parse("L5"))).contains("It’s still too early to flirt");
        assertThat(p.defaultWaits().coolingDays()).isEqualTo(30);
        assertThat(p.settings().get("cooling_days").recommended()).isEqualTo(60);
    }

    @Test
    void aMissingCitationIsNamedWithItsEntry() {
        String broken = YAML.replaceFirst("(?s)(- id: CALL.*?do:\\n      - text: [^\\n]*\\n)        guide: L9\\n", "$1");
        assertThatThrownBy(() -> parse(broken)).isInstanceOf(PlaybookException.class)
                .hasMessage("broken.yaml: stages[5] (CALL).do[0] has no guide citation: add guide: L<line>");
    }

    @Test
    void aCitationPastTheGuideIsRefused() {
        String broken = YAML.replaceFirst("guide: L30\\n    moves_to", "guide: L99\n    moves_to");
        assertThatThrownBy(() -> parse(broken)).hasMessageContaining("stages[10] (REBUILDING) cites L99")
                .hasMessageContaining("31 lines");
    }

    @Test
    void anUnknownStageIsNamed() {
        String broken = YAML.replace("- id: SILENCE", "- id: SILENT");
        assertThatThrownBy(() -> parse(broken)).hasMessageContaining("stages[3] (SILENT).id names 'SILENT'");
    }

    @Test
    void anUnreachableStageIsRefused() {
        String broken = YAML.replace("moves_to: [TEXTING, SILENCE, MOVING_ON]", "moves_to: [TEXTING, MOVING_ON]")
                .replace("moves_to: [TEXTING, AWAITING_REPLY, MOVING_ON]", "moves_to: [TEXTING, MOVING_ON]");
        assertThatThrownBy(() -> parse(broken))
                .hasMessage("broken.yaml: stage SILENCE cannot be reached from SPACE: add it to some stage's moves_to");
    }

    @Test
    void aMissingStepIsNamed() {
        String broken = YAML.replace("  ASK_AGAIN:\n", "  ASK_LATER:\n");
        assertThatThrownBy(() -> parse(broken)).hasMessage("broken.yaml: has no entry steps.ASK_AGAIN");
    }

    @Test
    void movingOnThatContactsTheExIsRefused() {
        String broken = YAML.replace("your private journal is still here.\n    contacts_ex: false",
                "your private journal is still here.\n    contacts_ex: true");
        assertThatThrownBy(() -> parse(broken)).hasMessageContaining("steps.MOVE_ON contacts the ex");
    }

    @Test
    void brokenYamlSaysWhere() {
        assertThatThrownBy(() -> parse("stages: [\n  - id")).hasMessageStartingWith("broken.yaml: is not valid YAML");
    }

    @Test
    void citationsReadBothForms() {
        assertThat(Citation.parse("L5")).hasToString("L5");
        assertThat(Citation.parse("L4-5")).hasToString("L4-5");
        assertThat(Citation.parse("L4–5")).hasToString("L4-5");
        assertThatThrownBy(() -> Citation.parse("line 5")).hasMessageContaining("write L5 or L4-5");
    }
}
