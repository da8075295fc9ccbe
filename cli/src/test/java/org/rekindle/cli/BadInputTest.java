package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets exit code 2, one line on stderr saying what was wrong and how to fix it, and the
 * journal exactly as it was.
 */
class BadInputTest {

    @TempDir
    Path dir;

    CliRun cli;

    @BeforeEach
    void aJourneyWithOneEvent() {
        cli = new CliRun(dir, LocalDate.of(2026, 11, 26));
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01").code()).isZero();
        assertThat(cli.run("log", "text-sent", "--at", "2026-11-01", "--text", "hi").code()).isZero();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("log", "hug"), "unknown event kind 'hug'"),
                Arguments.of(List.of("log", "reply", "--at", "2026-02-30"), "'2026-02-30' is not a date: write YYYY-MM-DD"),
                Arguments.of(List.of("log", "reply", "--at", "yesterday"), "is not a date"),
                Arguments.of(List.of("log", "reply", "--at", "2026-08-01"), "is before the breakup"),
                Arguments.of(List.of("log", "reply", "--at", "2026-12-01"), "is after today"),
                Arguments.of(List.of("--as-of", "2026-11-05", "log", "reply", "--at", "2026-11-06"), "is after today (2026-11-05)"),
                Arguments.of(List.of("--as-of", "26/11/2026", "status"), "is not a date"),
                Arguments.of(List.of("init", "--ex", "Alex", "--breakup", "2026-10-01"), "a journey already exists"),
                Arguments.of(List.of("journal", "rough", "--mood", "9"), "mood 9 is out of range: use 1 (low) to 5 (good)"),
                Arguments.of(List.of("journal", "rough", "--mood", "x"), "--mood"),
                Arguments.of(List.of("journal", "   "), "the journal entry is empty"),
                Arguments.of(List.of("log", "feelings"), "feelings needs --response"),
                Arguments.of(List.of("log", "feelings", "--response", "maybe"), "--response 'maybe' is not known"),
                Arguments.of(List.of("log", "meeting", "--outcome", "great"), "--outcome 'great' is not known: use one of well|mixed|badly"),
                Arguments.of(List.of("log", "reply", "--outcome", "well"), "--outcome goes with meeting only"),
                Arguments.of(List.of("log", "call", "--meeting", "maybe"), "--meeting 'maybe' is not known"),
                Arguments.of(List.of("log", "journal"), "has its own command"),
                Arguments.of(List.of("log"), "KIND is required: use one of contact, text-sent"),
                Arguments.of(List.of("stats"), "Unmatched argument"),
                Arguments.of(List.of("status", "--jsn"), "Unknown option: '--jsn'"),
                Arguments.of(List.of("log", "text-sent", "--text", "x".repeat(5001)), "keep it under 5000"),
                Arguments.of(List.of("log", "text-sent", "--text", ""), "--text is empty"),
                Arguments.of(List.of("log", "text-sent", "--text", "   "), "--text is empty"),
                Arguments.of(List.of("log", "new-memory", "--note", ""), "--note is empty"),
                Arguments.of(List.of("log", "ex-reached-out", "--note", " "), "--note is empty"),
                Arguments.of(List.of("log", "practical", "--note", ""), "--note is empty"),
                Arguments.of(List.of("log", "reply", "--note", "hi"), "--note goes with new-memory, ex-reached-out and practical only"),
                Arguments.of(List.of("log", "retraction"), "a retraction has its own command: rekindle log retract VERSION"),
                Arguments.of(List.of("log", "settings"), "a settings change has its own command: rekindle settings"),
                Arguments.of(List.of("log", "retract", "99"), "there is no entry 99 in the journal"),
                Arguments.of(List.of("log", "retract", "one"), "VERSION"),
                Arguments.of(List.of("log", "retract", "1", "--why", ""), "--why is empty"),
                Arguments.of(List.of("settings", "--ended-by", "nobody"), "--ended-by 'nobody' is not known"),
                Arguments.of(List.of("settings", "--cooling-days", "0"), "--cooling-days must be"),
                Arguments.of(List.of("settings", "--hurtful", "--not-hurtful"), "mutually exclusive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void isRefusedWithExit2AndOneLineAndNothingChanges(List<String> args, String message) {
        String before = cli.run("history", "--json").out();
        CliRun.Result r = cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("rekindle: ").contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
        assertThat(cli.run("history", "--json").out()).isEqualTo(before);
    }

    @Test
    void initRefusesABadJourneyAndWritesNothing() {
        Path other = dir.resolve("other");
        CliRun fresh = new CliRun(other, LocalDate.of(2026, 11, 26));
        for (List<String> args : List.of(
                List.of("init", "--ex", " ", "--breakup", "2026-09-01"),
                List.of("init", "--ex", "Sam", "--breakup", "2027-01-01"),
                List.of("init", "--ex", "Sam", "--breakup", "2026-09-01", "--cooling-days", "0"),
                List.of("init", "--ex", "Sam", "--breakup", "2026-09-01", "--ended-by", "both"),
                List.of("init", "--breakup", "2026-09-01"))) {
            CliRun.Result r = fresh.run(args.toArray(String[]::new));
            assertThat(r.code()).as(args + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        }
        assertThat(other).doesNotExist();
    }

    @Test
    void aMissingJourneyIsExplained() {
        CliRun r = new CliRun(dir.resolve("empty"), LocalDate.of(2026, 11, 26));
        for (String command : List.of("status", "plan", "history")) {
            CliRun.Result res = r.run(command);
            assertThat(res.code()).isEqualTo(2);
            assertThat(res.err()).contains("no journey yet", "rekindle init --ex NAME --breakup YYYY-MM-DD");
        }
        assertThat(r.run("log", "reply").code()).isEqualTo(2);
        assertThat(r.run("journal", "hello").code()).isEqualTo(2);
        assertThat(dir.resolve("empty")).doesNotExist();
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun.Result r = new CliRun(file, LocalDate.of(2026, 11, 26)).run("init", "--ex", "Sam", "--breakup", "2026-09-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsRefused() {
        CliRun.Result r = new CliRun(Path.of("/proc/rekindle"), LocalDate.of(2026, 11, 26))
                .run("init", "--ex", "Sam", "--breakup", "2026-09-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write to the data folder", "--data-dir");
    }

    @Test
    void aFileThatIsNotARekindleDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path db = Files.writeString(other.resolve("rekindle.db"), "not a database at all");
        CliRun c = new CliRun(other, LocalDate.of(2026, 11, 26));
        for (List<String> args : List.of(List.of("status"), List.of("log", "reply"),
                List.of("init", "--ex", "Sam", "--breakup", "2026-09-01"))) {
            CliRun.Result r = c.run(args.toArray(String[]::new));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("is not a rekindle database");
        }
        assertThat(db).hasContent("not a database at all");
    }

    @Test
    void askingAboutADayBeforeTheBreakupIsRefused() {
        CliRun.Result r = cli.run("--as-of", "2026-08-01", "status");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is before the breakup");
    }
}
