package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, run in-process against a real SQLite file in a temporary folder. */
class CommandLineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir, TODAY);
    }

    private CliRun.Result initSam() {
        CliRun.Result r = cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01");
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void statusJsonHasTheContractFields() {
        initSam();
        JsonNode s = cli.run("--as-of", "2026-09-11", "status", "--json").json();
        assertThat(s.get("stage").asText()).isEqualTo("SPACE");
        assertThat(s.at("/next/action").asText()).isNotBlank();
        assertThat(s.at("/next/earliest").asText()).isEqualTo("2026-10-01");
        assertThat(s.at("/next/contacts_ex").isBoolean()).isTrue();
        assertThat(s.get("do")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("text").asText()).isNotBlank();
            assertThat(a.get("guide").asText()).matches("L\\d+(-\\d+)?");
            assertThat(s.at("/quotes/" + a.get("guide").asText()).asText()).isNotBlank(); // the guide's words, once per line
        });
        assertThat(s.get("avoid")).isNotEmpty().allSatisfy(a -> assertThat(a.get("guide").asText()).matches("L\\d+(-\\d+)?"));
    }

    @Test
    void statusTextShowsStageNextDateAvoidAndMap() {
        initSam();
        String out = cli.run("--as-of", "2026-09-11", "status").out();
        assertThat(out).contains("SPACE · Time and space", "Next: Send one short, friendly text. From 2026-10-01.",
                "Avoid", "[SPACE] → first text", "day 10 since the breakup");
    }

    @Test
    void theJourneyMovesAsEventsAreLogged() {
        initSam();
        assertThat(cli.run("log", "text-sent", "--at", "2026-11-01", "--text", "I heard our favorite song...").code()).isZero();
        JsonNode awaiting = cli.run("--as-of", "2026-11-01", "status", "--json").json();
        assertThat(awaiting.get("stage").asText()).isEqualTo("AWAITING_REPLY");
        assertThat(awaiting.at("/next/contacts_ex").asBoolean()).isFalse();
        assertThat(awaiting.at("/next/earliest").isNull()).isTrue();
        assertThat(awaiting.at("/next/until").asText()).isEqualTo("2026-11-08");

        JsonNode texting = cli.run("--as-of", "2026-11-02", "log", "reply", "--json").json();
        assertThat(texting.get("stage").asText()).isEqualTo("TEXTING");
        assertThat(texting.at("/logged/kind").asText()).isEqualTo("reply");
        assertThat(texting.at("/logged/at").asText()).isEqualTo("2026-11-02");
        assertThat(texting.get("warning").isNull()).isTrue();

        JsonNode meeting = cli.run("log", "call", "--at", "2026-11-04", "--meeting", "agreed", "--json").json();
        assertThat(meeting.get("stage").asText()).isEqualTo("MEETING");
    }

    @Test
    void onlyEventsByTheAsOfDayCount() {
        initSam();
        cli.run("log", "text-sent", "--at", "2026-11-01");
        cli.run("log", "reply", "--at", "2026-11-02");
        assertThat(cli.run("--as-of", "2026-11-01", "status", "--json").json().get("stage").asText())
                .isEqualTo("AWAITING_REPLY");
        assertThat(cli.run("status", "--json").json().get("stage").asText()).isEqualTo("TEXTING");
    }

    @Test
    void anEventThatMakesNoSenseIsRecordedWithAWarning() {
        initSam();
        CliRun.Result r = cli.run("--as-of", "2026-11-01", "log", "meeting", "--outcome", "well", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("stage").asText()).isEqualTo("FIRST_TEXT");
        assertThat(r.json().at("/warning/text").asText()).contains("does not fit");
        assertThat(cli.run("history", "--json").json()).hasSize(1);
        CliRun.Result text = cli.run("--as-of", "2026-11-01", "log", "meeting", "--outcome", "well");
        assertThat(text.err()).startsWith("rekindle: warning: ");
    }

    @Test
    void contactDuringSpaceRestartsTheCoolingOff() {
        initSam();
        JsonNode s = cli.run("--as-of", "2026-09-13", "log", "contact", "--json").json();
        assertThat(s.get("stage").asText()).isEqualTo("SPACE");
        assertThat(s.at("/next/earliest").asText()).isEqualTo("2026-10-13");
        assertThat(s.at("/warning/text").asText()).contains("restarts");
    }

    @Test
    void aNoContactRequestEndsTheJourneyForGood() {
        initSam();
        cli.run("log", "text-sent", "--at", "2026-10-15");
        cli.run("log", "no-contact-request", "--at", "2026-10-16");
        cli.run("log", "reply", "--at", "2026-10-20");
        cli.run("log", "call", "--at", "2026-10-21", "--meeting", "agreed");
        JsonNode s = cli.run("status", "--json").json();
        assertThat(s.get("stage").asText()).isEqualTo("MOVING_ON");
        assertThat(s.at("/next/contacts_ex").asBoolean()).isFalse();
        assertThat(s.at("/ended/text").asText()).contains("no contact");
        assertThat(cli.run("plan", "--json").json().get("steps")).isEmpty();
        assertThat(cli.run("plan").out()).contains("None.");
    }

    @Test
    void historyIsEveryEventAndEntryOldestFirst() {
        initSam();
        cli.run("log", "reply", "--at", "2026-11-02");
        cli.run("log", "text-sent", "--at", "2026-11-01", "--text", "hi");
        cli.run("journal", "rough day, didn't text", "--mood", "2");
        JsonNode h = cli.run("history", "--json").json();
        assertThat(h).hasSize(3);
        assertThat(h.get(0).get("kind").asText()).isEqualTo("text-sent");
        assertThat(h.get(0).get("text").asText()).isEqualTo("hi");
        assertThat(h.get(1).get("kind").asText()).isEqualTo("reply");
        assertThat(h.get(2).get("kind").asText()).isEqualTo("journal");
        assertThat(h.get(2).get("at").asText()).isEqualTo("2026-11-26");
        assertThat(h.get(2).get("mood").asInt()).isEqualTo(2);
        assertThat(cli.run("history").out()).contains("mood 2 · rough day, didn't text");
    }

    @Test
    void planListsTheDatesAheadFromTheFirstText() {
        initSam();
        JsonNode p = cli.run("--as-of", "2026-09-10", "plan", "--json").json();
        assertThat(p.get("steps").get(0).get("step").asText()).isEqualTo("SEND_FIRST_TEXT");
        assertThat(p.get("steps").get(0).get("earliest").asText()).isEqualTo("2026-10-01");
        assertThat(p.get("steps").get(p.get("steps").size() - 1).get("stage").asText()).isEqualTo("REBUILDING");
    }

    @Test
    void initOptionsAreKept() {
        CliRun.Result r = cli.run("--as-of", "2026-09-10", "init", "--ex", "Alex", "--breakup", "2026-09-01",
                "--ended-by", "me", "--hurtful", "--cooling-days", "60", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().at("/next/earliest").asText()).isEqualTo("2026-10-31");
        assertThat(r.json().get("ex").asText()).isEqualTo("Alex");
    }

    @Test
    void helpAndVersionAnswer() {
        CliRun.Result help = cli.raw("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init", "status", "log", "plan", "history", "journal", "--data-dir", "--as-of", "--json");
        assertThat(cli.raw("log", "--help").out()).contains("no-contact-request", "--response");
        assertThat(cli.raw("--version").out()).startsWith("rekindle ");
        CliRun.Result bare = cli.raw();
        assertThat(bare.code()).isZero();
        assertThat(bare.out()).contains("Usage: rekindle", "rekindle init --ex NAME --breakup YYYY-MM-DD");
    }

    @Test
    void demoShowsASampleJourneyWithoutTouchingTheUsersOwn() throws Exception {
        initSam();
        CliRun.Result r = cli.run("demo");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("MEETING", "The road ahead", "text-sent");
        assertThat(dir.resolve("demo").resolve("rekindle.db")).exists();
        assertThat(cli.run("history", "--json").json()).isEmpty();
        assertThat(Files.exists(dir.resolve("rekindle.db"))).isTrue();
    }
}
