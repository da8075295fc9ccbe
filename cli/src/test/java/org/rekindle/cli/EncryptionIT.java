package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest through the real jar: after {@code rekindle encrypt}, {@code strings} finds none
 * of the notes' words in any file of the data folder; status and plan need no passphrase; history and
 * export do; a wrong passphrase is exit 2 with nothing changed; export then import gives the same
 * journal; {@code decrypt} brings it back without loss.
 */
class EncryptionIT {

    static final Map<String, String> RIGHT = Map.of("REKINDLE_PASSPHRASE", "correct horse battery staple");
    static final Map<String, String> WRONG = Map.of("REKINDLE_PASSPHRASE", "not the passphrase at all");
    static final Map<String, String> NONE = Map.of("REKINDLE_PASSPHRASE", "");

    @TempDir
    Path tmp;

    private CliRun.Result run(Map<String, String> env, Path dir, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.toString(), "--as-of", "2026-11-26"));
        all.addAll(List.of(args));
        return ProcessRun.jar(env, all.toArray(String[]::new));
    }

    private static String strings(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                all.append(ProcessRun.run(List.of("strings", "-n", "4", f.toString()), Map.of()).out());
            }
        }
        return all.toString();
    }

    @Test
    void anEncryptedJournalKeepsNoneOfItsWordsInTheClearAndLosesNothing() throws IOException {
        Path dir = tmp.resolve("data");
        assertThat(run(NONE, dir, "init", "--ex", "Sam", "--breakup", "2026-09-01").code()).isZero();
        assertThat(run(NONE, dir, "log", "text-sent", "--at", "2026-10-10", "--text", "marmalade lighthouse").code()).isZero();
        assertThat(run(NONE, dir, "log", "reply", "--at", "2026-10-11").code()).isZero();
        assertThat(run(NONE, dir, "journal", "quietly xylophone evening", "--at", "2026-10-12").code()).isZero();
        assertThat(run(NONE, dir, "log", "new-memory", "--at", "2026-10-13", "--note", "zeppelin harbour").code()).isZero();
        String historyBefore = run(NONE, dir, "history", "--json").out();
        assertThat(strings(dir)).contains("marmalade");

        CliRun.Result encrypted = run(RIGHT, dir, "encrypt");
        assertThat(encrypted.code()).as(encrypted.err()).isZero();
        assertThat(strings(dir)).doesNotContain("marmalade", "lighthouse", "xylophone", "zeppelin", "harbour");

        assertThat(run(NONE, dir, "status").code()).as("status needs no passphrase").isZero();
        assertThat(run(NONE, dir, "plan").code()).as("plan needs no passphrase").isZero();
        CliRun.Result locked = run(NONE, dir, "history");
        assertThat(locked.code()).isEqualTo(2);
        assertThat(locked.err()).contains("REKINDLE_PASSPHRASE");
        byte[] file = Files.readAllBytes(dir.resolve("rekindle.db"));
        CliRun.Result wrong = run(WRONG, dir, "log", "text-sent", "--at", "2026-10-14", "--text", "one more");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("passphrase is not this journal's");
        assertThat(run(WRONG, dir, "decrypt").code()).isEqualTo(2);
        assertThat(Files.readAllBytes(dir.resolve("rekindle.db"))).as("nothing changed").isEqualTo(file);

        assertThat(run(RIGHT, dir, "history", "--json").out()).isEqualTo(historyBefore);
        assertThat(run(RIGHT, dir, "log", "text-sent", "--at", "2026-10-14", "--text", "quokka umbrella").code()).isZero();
        assertThat(strings(dir)).doesNotContain("quokka", "umbrella");

        Path export = tmp.resolve("export.json");
        assertThat(run(RIGHT, dir, "export", "--out", export.toString()).code()).isZero();
        assertThat(Files.readString(export)).contains("marmalade lighthouse", "quokka umbrella");
        Path other = tmp.resolve("other");
        assertThat(run(NONE, other, "import", export.toString()).code()).isZero();
        assertThat(run(NONE, other, "history", "--json").out()).isEqualTo(run(RIGHT, dir, "history", "--json").out());

        assertThat(run(RIGHT, dir, "decrypt").code()).isZero();
        assertThat(run(NONE, dir, "history", "--json").out()).isEqualTo(run(NONE, other, "history", "--json").out());
    }
}
