package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.journey.JournalEvent;
import org.rekindle.store.Database;

/** The command line's doors hold the same checks as the server's: the extreme file, control characters, escape codes. */
class HostileInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    private Path write(String name, String json) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void importRefusesWhatInitAndLogRefuseAndStoresNothing() throws IOException {
        String extreme = """
                {"format":1,"journey":{"ex":"Sam","breakup":"-999999999-01-01","ended_by":"me","hurtful":false,
                 "cooling_days":null,"created_at":"2026-01-01T00:00:00Z"},
                 "events":[{"kind":"reply","at":"+999999999-12-31","version":1,"recorded_at":"2026-01-01T00:00:00Z"}]}
                """;
        String future = extreme.replace("-999999999-01-01", "2099-01-01").replace("+999999999-12-31", "2099-02-01");
        String note = extreme.replace("-999999999-01-01", "2026-09-01").replace("+999999999-12-31", "2026-10-01")
                .replace("\"kind\":\"reply\"", "\"kind\":\"new-memory\",\"note\":\"" + "n".repeat(1_000_000) + "\"");
        String escape = note.replace("n".repeat(1_000_000), "\\u001b[2J gone");
        CliRun cli = new CliRun(tmp.resolve("data"), TODAY);
        for (String[] c : new String[][] {{"extreme", extreme, "breakup"}, {"future", future, "after today"},
                {"note", note, "\"note\""}, {"escape", escape, "U+001B"}}) {
            CliRun.Result r = cli.run("import", write(c[0] + ".json", c[1]).toString());
            assertThat(r.code()).as(c[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(c[2]).doesNotContain("\n\n");
            assertThat(cli.run("status").code()).as(c[0] + ": nothing stored").isEqualTo(2);
        }
    }

    @Test
    void logAndInitRefuseControlCharactersNamingTheOption() {
        CliRun cli = new CliRun(tmp.resolve("data"), TODAY);
        CliRun.Result init = cli.run("init", "--ex", "Sam\tthe\u001b[1mbold", "--breakup", "2026-09-01");
        assertThat(init.code()).isEqualTo(2);
        assertThat(init.err()).contains("--ex");
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01").code()).isZero();
        CliRun.Result log = cli.run("log", "text-sent", "--at", "2026-10-01", "--text", "hi \u001b[31mred");
        assertThat(log.code()).isEqualTo(2);
        assertThat(log.err()).contains("--text", "U+001B");
        CliRun.Result journal = cli.run("journal", "a\u0007bell");
        assertThat(journal.code()).isEqualTo(2);
        assertThat(cli.run("history", "--json").json().size()).isZero();
    }

    @Test
    void escapeCodesAlreadyInAJournalAreShownNotObeyed() {
        Path dir = tmp.resolve("old");
        try (Database s = Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC())) {
            s.journal().createJourney("Sam\u001b]0;owned\u0007", LocalDate.of(2026, 9, 1),
                    org.rekindle.journey.EndedBy.ME, false, null);
            s.journal().append(new JournalEvent.TextSent(LocalDate.of(2026, 10, 1), "\u001b[31mred\rover"));
        }
        CliRun cli = new CliRun(dir, TODAY);
        for (String command : new String[] {"history", "status"}) {
            CliRun.Result r = cli.run(command);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).as(command).doesNotContain("\u001b", "\u0007", "\r");
        }
        assertThat(cli.run("history").out()).contains("\u241b[31mred\u240dover");
    }
}
