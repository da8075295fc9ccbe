package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rekindle export and import through the real command line, on real SQLite folders. */
class ExportImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    private CliRun journeyWithEverything() {
        CliRun cli = new CliRun(tmp.resolve("a"), TODAY);
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01", "--ended-by", "me", "--cooling-days", "35"));
        ok(cli.run("log", "text-sent", "--at", "2026-10-10", "--text", "I heard our song 🎶 \"quoted\"\nline two"));
        ok(cli.run("log", "reply", "--at", "2026-10-11"));
        ok(cli.run("journal", "rough day, didn't text", "--mood", "2", "--at", "2026-10-12"));
        ok(cli.run("log", "call", "--at", "2026-10-20", "--meeting", "agreed"));
        ok(cli.run("log", "meeting", "--at", "2026-10-25", "--outcome", "well"));
        ok(cli.run("log", "new-memory", "--at", "2026-10-26", "--note", "the market"));
        return cli;
    }

    private static CliRun.Result ok(CliRun.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void exportImportExportGivesTheSameFile() throws IOException {
        CliRun a = journeyWithEverything();
        Path first = tmp.resolve("first.json");
        ok(a.run("export", "--out", first.toString()));
        assertThat(Files.getPosixFilePermissions(first)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String text = Files.readString(first);
        assertThat(text).startsWith("{\n  \"format\" : 2,").contains("\"kind\" : \"journal\"", "\"mood\" : 2",
                "\"cooling_days\" : 35");

        CliRun b = new CliRun(tmp.resolve("b"), TODAY);
        CliRun.Result imported = ok(b.run("import", first.toString()));
        assertThat(imported.out()).contains("6 events");
        CliRun.Result second = ok(b.run("export"));
        assertThat(second.out()).isEqualTo(text);
        assertThat(ok(b.run("status", "--json")).out()).isEqualTo(ok(a.run("status", "--json")).out());
        assertThat(ok(b.run("history", "--json")).out()).isEqualTo(ok(a.run("history", "--json")).out());
    }

    @Test
    void aFormatOneFileStillImports() throws IOException {
        CliRun a = journeyWithEverything();
        String formatOne = ok(a.run("export")).out().replace("\"format\" : 2,", "\"format\" : 1,");
        Path file = tmp.resolve("format-1.json");
        Files.writeString(file, formatOne);
        CliRun b = new CliRun(tmp.resolve("from-1"), TODAY);
        ok(b.run("import", file.toString()));
        assertThat(ok(b.run("status", "--json")).out()).isEqualTo(ok(a.run("status", "--json")).out());
    }

    @Test
    void importingIntoAFolderWithAJourneyIsRefusedAndChangesNothing() throws IOException {
        CliRun a = journeyWithEverything();
        Path file = tmp.resolve("e.json");
        ok(a.run("export", "--out", file.toString()));
        String before = ok(a.run("export")).out();
        CliRun.Result r = a.run("import", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("rekindle: a journey already exists").contains("empty data folder");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(ok(a.run("export")).out()).isEqualTo(before);
    }

    @Test
    void badFilesAreRefusedWithOneLineAndNothingIsCreated() throws IOException {
        String good = ok(journeyWithEverything().run("export")).out();
        record Case(String content, String says) { }
        Case[] cases = {
                new Case("{not json", "is not a rekindle export: it is not valid JSON"),
                new Case("[1, 2]", "must be a JSON object"),
                new Case("{\"journey\": {}}", "has no integer \"format\""),
                new Case(good.replace("\"format\" : 2", "\"format\" : 3"), "written by a newer rekindle (format 3"),
                new Case(good.replace("\"version\" : 2", "\"version\" : 7"), "event 2: \"version\" must be 2"),
                new Case(good.replace("\"kind\" : \"reply\"", "\"kind\" : \"hug\""), "event 2"),
                new Case(good.replace("\"at\" : \"2026-10-11\"", "\"at\" : \"2026-02-30\""), "not a date"),
                new Case(good.replace("\"at\" : \"2026-10-11\"", "\"at\" : \"2020-01-01\""), "before the breakup"),
                new Case(good.replace("\"ex\" : \"Sam\"", "\"ex\" : \"Sam\", \"ex2\" : 1"), "unknown field \"ex2\""),
                new Case(good.replace("\"mood\" : 2", "\"mood\" : 9"), "mood 9 is out of range"),
                new Case(good.replace("\"outcome\" : \"well\"", "\"outcome\" : \"well\", \"note\" : \"x\""),
                        "\"note\" does not go with meeting"),
        };
        int n = 0;
        for (Case c : cases) {
            Path file = tmp.resolve("bad" + n + ".json");
            Files.writeString(file, c.content(), StandardCharsets.UTF_8);
            Path dir = tmp.resolve("target" + n++);
            CliRun.Result r = new CliRun(dir, TODAY).run("import", file.toString());
            assertThat(r.code()).as(c.says()).isEqualTo(2);
            assertThat(r.err()).as(c.says()).startsWith("rekindle: ").contains(c.says());
            assertThat(r.err().lines()).as(c.says()).hasSize(1);
            assertThat(dir).as("nothing created for " + c.says()).doesNotExist();
        }
        CliRun.Result missing = new CliRun(tmp.resolve("m"), TODAY).run("import", tmp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no file");
    }

    @Test
    void exportingAFolderWithNoJourneySaysHowToStartOne() {
        CliRun.Result r = new CliRun(tmp.resolve("empty"), TODAY).run("export");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("rekindle init");
    }
}
