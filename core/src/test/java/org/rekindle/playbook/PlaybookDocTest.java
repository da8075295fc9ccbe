package org.rekindle.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.Stage;

/** The audit table in docs/playbook.md stays in step with the playbook: every advice, its line and its words. */
class PlaybookDocTest {

    @Test
    void everyAdviceIsInTheAuditTableWithItsLineAndWords() throws IOException {
        Path doc = Path.of("..", "docs", "playbook.md");
        String text = Files.readString(doc);
        Playbook p = PlaybookLoader.bundled();
        List<Advice> all = new ArrayList<>();
        for (Stage s : Stage.values()) {
            all.addAll(p.stage(s).dos());
            all.addAll(p.stage(s).avoids());
            all.add(p.reachedOut(s));
        }
        all.addAll(p.concerns().values());
        all.addAll(p.endings().values());
        all.addAll(p.retractions().values());
        p.journalReplies().forEach(r -> all.add(r.advice()));
        all.add(p.planClosing());
        all.add(p.heardAfterSecondSilence());
        for (Advice a : all) {
            String row = "| " + cell(a.text()) + " | " + a.guide() + (a.houseRule() ? " (house rule)" : "") + " | “"
                    + cell(a.words()) + "” |";
            assertThat(text).as("docs/playbook.md has the row for: " + a.text()).contains(row);
        }
        for (StepGuide g : p.steps().values()) {
            assertThat(text).as(g.step().name()).contains("| step `" + g.step() + "` | " + cell(g.action()) + " | "
                    + g.guide() + (g.houseRule() ? " (house rule)" : "") + " | “" + cell(g.words()) + "” |");
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
