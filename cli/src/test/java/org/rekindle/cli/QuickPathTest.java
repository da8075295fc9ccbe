package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick path for status, plan and history answers exactly as picocli's path does, and steps aside otherwise. */
class QuickPathTest {

    @TempDir
    Path dir;

    @Test
    void quickAndFullPathsGiveTheSameAnswers() {
        CliRun cli = new CliRun(dir, LocalDate.of(2026, 11, 26));
        cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01");
        cli.run("log", "text-sent", "--at", "2026-11-01", "--text", "hi");
        cli.run("journal", "rough day", "--mood", "2");
        for (List<String> args : List.of(List.of("status"), List.of("status", "--json"), List.of("--json", "plan"),
                List.of("plan"), List.of("history"), List.of("history", "--json"), List.of("--as-of", "2026-11-03", "status"),
                List.of("status", "--as-of=2026-11-10", "--json"))) {
            String[] a = args.toArray(String[]::new);
            CliRun.Result quick = cli.run(a);
            CliRun.Result full = cli.picocli(a);
            assertThat(quick.code()).as(args.toString()).isZero();
            assertThat(quick.out()).as(args.toString()).isEqualTo(full.out());
            assertThat(quick.err()).as(args.toString()).isEqualTo(full.err());
        }
    }

    @Test
    void errorsOnTheQuickPathReadAsOnTheFullOne() {
        CliRun cli = new CliRun(dir.resolve("nothing"), LocalDate.of(2026, 11, 26));
        CliRun.Result quick = cli.run("status");
        CliRun.Result full = cli.picocli("status");
        assertThat(quick.code()).isEqualTo(2).isEqualTo(full.code());
        assertThat(quick.err()).isEqualTo(full.err());
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        Clock clock = Clock.systemDefaultZone();
        for (String[] args : List.of(new String[] {"status", "--help"}, new String[] {"--as-of", "soon", "status"},
                new String[] {"status", "extra"}, new String[] {"status", "plan"}, new String[] {"log", "reply"},
                new String[] {"--json"}, new String[] {"--data-dir"}, new String[] {"status", "--jsonx"})) {
            assertThat(Main.Quick.parse(args, clock)).as(String.join(" ", args)).isNull();
        }
        assertThat(Main.Quick.parse(new String[] {"--data-dir", "/x", "--as-of", "2026-01-01", "history", "--json"}, clock))
                .isNotNull();
    }
}
