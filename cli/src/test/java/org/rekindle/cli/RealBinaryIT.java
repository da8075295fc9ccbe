package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar and the ./rekindle launcher, run as separate processes on real SQLite files. */
class RealBinaryIT {

    @TempDir
    Path dir;

    private CliRun.Result rekindle(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return ProcessRun.jar(Map.of(), all.toArray(String[]::new));
    }

    @Test
    void aJourneyEndToEnd() {
        CliRun.Result init = rekindle("--as-of", "2026-10-20", "init", "--ex", "Sam", "--breakup", "2026-09-01");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(rekindle("--as-of", "2026-10-20", "log", "text-sent", "--text", "I heard our favorite song...").code()).isZero();
        CliRun.Result reply = rekindle("--as-of", "2026-10-21", "log", "reply", "--json");
        assertThat(reply.code()).as(reply.err()).isZero();
        assertThat(reply.json().get("stage").asText()).isEqualTo("TEXTING");
        CliRun.Result status = rekindle("--as-of", "2026-10-22", "status", "--json");
        JsonNode s = status.json();
        assertThat(s.get("stage").asText()).isEqualTo("TEXTING");
        assertThat(s.at("/next/earliest").asText()).isEqualTo("2026-10-22");
        assertThat(s.at("/next/contacts_ex").asBoolean()).isTrue();
        assertThat(rekindle("history", "--json").json()).hasSize(2);
    }

    @Test
    void badInputExitsWithTwoAndOneLineOnStderr() {
        rekindle("init", "--ex", "Sam", "--breakup", "2026-09-01");
        CliRun.Result r = rekindle("log", "hug");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("rekindle: unknown event kind 'hug'");
        assertThat(rekindle("history", "--json").json()).isEmpty();
    }

    @Test
    void logsRunAtTheSameMomentAllLand() throws Exception {
        assertThat(rekindle("init", "--ex", "Sam", "--breakup", "2026-09-01").code()).isZero();
        int writers = 8;
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            running.add(ProcessRun.start(Map.of(), "--data-dir", dir.toString(), "journal", "entry " + i, "--json"));
        }
        for (Process p : running) {
            CliRun.Result r = ProcessRun.finish(p);
            assertThat(r.code()).as(r.err()).isZero();
        }
        JsonNode history = rekindle("history", "--json").json();
        assertThat(history).hasSize(writers);
        Set<Long> versions = new HashSet<>();
        Set<String> texts = new HashSet<>();
        history.forEach(e -> {
            versions.add(e.get("version").asLong());
            texts.add(e.get("text").asText());
        });
        assertThat(versions).hasSize(writers);
        assertThat(texts).hasSize(writers);
    }

    @Test
    void theDataFolderDefaultsFollowRekindleHomeThenXdgThenHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path xdg = dir.resolve("xdg");
        Path own = dir.resolve("own");
        String[] init = {"init", "--ex", "Sam", "--breakup", "2026-09-01"};
        assertThat(ProcessRun.jar(Map.of("HOME", home.toString(), "REKINDLE_HOME", own.toString(),
                "XDG_DATA_HOME", xdg.toString()), init).code()).isZero();
        assertThat(own.resolve("rekindle.db")).exists();
        assertThat(ProcessRun.jar(Map.of("HOME", home.toString(), "REKINDLE_HOME", "",
                "XDG_DATA_HOME", xdg.toString()), init).code()).isZero();
        assertThat(xdg.resolve("rekindle/rekindle.db")).exists();
        CliRun.Result r = ProcessRun.run(List.of(ProcessRun.JAVA, "-Duser.home=" + home, "-jar", ProcessRun.JAR.toString(), init[0],
                init[1], init[2], init[3], init[4]), Map.of("REKINDLE_HOME", "", "XDG_DATA_HOME", ""));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(home.resolve(".local/share/rekindle/rekindle.db")).exists();
    }

    @Test
    void theLauncherFindsAJdkAndRunsTheApp() {
        Path launcher = ProcessRun.ROOT.resolve("rekindle");
        assertThat(launcher).isExecutable();
        CliRun.Result version = ProcessRun.run(List.of(launcher.toString(), "--version"), Map.of());
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("rekindle ");
        CliRun.Result init = ProcessRun.run(List.of(launcher.toString(), "--data-dir", dir.toString(),
                "init", "--ex", "Sam", "--breakup", "2026-09-01", "--json"), Map.of());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.json().get("stage").asText()).isIn("SPACE", "FIRST_TEXT");
        CliRun.Result bad = ProcessRun.run(List.of(launcher.toString(), "--data-dir", dir.toString(), "log", "hug"), Map.of());
        assertThat(bad.code()).isEqualTo(2);
    }
}
