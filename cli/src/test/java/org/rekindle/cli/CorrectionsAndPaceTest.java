package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line on a real SQLite file: one line per log, corrections, settings, the ex
 * reaching out, practical messages, countdowns, the paced plan, and words for a hard day.
 */
class CorrectionsAndPaceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir, TODAY);
    }

    private CliRun.Result ok(CliRun.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void logPrintsOneLineAndVerbosePrintsTheRest() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01"));
        CliRun.Result text = ok(cli.run("log", "text-sent", "--at", "2026-11-27", "--text", "Heard our song."));
        assertThat(text.out().lines()).hasSize(1);
        assertThat(text.out()).startsWith("Logged: text-sent on 2026-11-27 “Heard our song.”")
                .contains("now AWAITING_REPLY", "waiting until 2026-12-04");
        CliRun.Result reply = ok(cli.run("log", "reply", "--at", "2026-11-28", "--verbose"));
        assertThat(reply.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).contains("now TEXTING"));
        assertThat(reply.out()).contains("Do", "Avoid", "Next: Call them");
    }

    @Test
    void aShortCoolingOffIsAcceptedWithTheGuidesWarning() {
        CliRun.Result init = ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-11-20", "--cooling-days", "10"));
        assertThat(init.out()).contains("[L1]").contains("under 30 days");
        CliRun.Result status = ok(cli.run("--as-of", "2026-11-30", "status"));
        assertThat(status.out()).doesNotContain("couple of months").contains("Next: Send one short, friendly text. From today.");
        CliRun.Result settings = ok(cli.run("settings", "--cooling-days", "12"));
        assertThat(settings.err()).startsWith("rekindle: warning: ").contains("[L1]");
        assertThat(ok(cli.run("settings")).out()).contains("cooling-off 12 days");
        assertThat(ok(cli.run("settings", "--cooling-days", "60")).err()).isEmpty();
    }

    @Test
    void statusCountsTheDaysOfEveryWait() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-11-15"));
        assertThat(ok(cli.run("status")).out()).contains("Day 14 of 30, text from 2026-12-15.");
        assertThat(cli.run("status", "--json").json().at("/countdown/text").asText())
                .isEqualTo("day 14 of 30, text from 2026-12-15");
    }

    @Test
    void theExReachingOutDoesNotRestartTheCoolingOffAndPracticalIsNeverAStep() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-11-01"));
        ok(cli.run("log", "ex-reached-out", "--at", "2026-11-10", "--note", "asked how I am"));
        ok(cli.run("log", "practical", "--at", "2026-11-12", "--note", "returned the keys"));
        JsonNode s = cli.run("status", "--json").json();
        assertThat(s.get("stage").asText()).isEqualTo("SPACE");
        assertThat(s.at("/next/earliest").asText()).isEqualTo("2026-12-01");
        assertThat(s.at("/reached_out/text").asText()).contains("does not restart your cooling-off");
        JsonNode history = cli.run("history", "--json").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("note").asText()).isEqualTo("returned the keys");
    }

    @Test
    void aMisTappedNoContactRequestCanBeTakenBackWithin24Hours() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01"));
        ok(cli.run("log", "text-sent", "--at", "2026-11-27"));
        ok(cli.run("log", "no-contact-request"));
        assertThat(cli.run("status", "--json").json().get("stage").asText()).isEqualTo("MOVING_ON");
        CliRun.Result retract = ok(cli.run("log", "retract", "2", "--why", "mis-tap"));
        assertThat(retract.out().replaceAll("\\s+", " ")).contains("retracted entry 2 (no-contact-request on 2026-11-29)",
                "now AWAITING_REPLY", "If they did ask for no contact, it still holds");
        JsonNode history = cli.run("history", "--json").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(1).at("/warning/text").asText()).startsWith("Retracted");
        assertThat(history.get(2).get("kind").asText()).isEqualTo("retraction");
        assertThat(history.get(2).get("retracts").asLong()).isEqualTo(2);
    }

    @Test
    void aNoContactRequestLoggedMoreThan24HoursAgoStands() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01"));
        ok(cli.run("log", "no-contact-request"));
        CliRun later = new CliRun(dir, TODAY.plusDays(2));
        String before = later.run("history", "--json").out();
        CliRun.Result r = later.run("log", "retract", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("more than 24 hours ago", "a no that stands is final");
        assertThat(later.run("history", "--json").out()).isEqualTo(before);
        assertThat(later.run("status", "--json").json().get("stage").asText()).isEqualTo("MOVING_ON");
    }

    @Test
    void movingOnCanBeTakenBack() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01"));
        ok(cli.run("log", "moving-on", "--at", "2026-10-01"));
        ok(cli.run("log", "retract", "1"));
        assertThat(cli.run("status", "--json").json().get("stage").asText()).isEqualTo("FIRST_TEXT");
    }

    @Test
    void thePlanIsPacedNeverBeforeTodayAndEndsKindly() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01"));
        ok(cli.run("log", "text-sent", "--at", "2026-11-27"));
        JsonNode plan = cli.run("plan", "--json").json();
        JsonNode steps = plan.get("steps");
        assertThat(steps.get(0).get("step").asText()).isEqualTo("WAIT_FOR_REPLY");
        assertThat(steps.get(0).get("earliest").asText()).isEqualTo("2026-11-29");
        assertThat(steps.get(1).get("step").asText()).isEqualTo("CALL");
        assertThat(steps.get(1).get("earliest").asText()).isEqualTo("2026-12-01");
        assertThat(steps.get(2).get("earliest").asText()).isEqualTo("2026-12-08");
        String previous = "2026-11-29";
        for (JsonNode s : steps) {
            assertThat(s.get("earliest").asText()).isGreaterThanOrEqualTo(previous);
            assertThat(s.get("pace").asText()).isNotBlank();
            previous = s.get("earliest").asText();
        }
        String text = ok(cli.run("plan")).out();
        assertThat(text).contains("until 2026-12-04", "not before 2026-12-01", "two days after their first reply");
        ok(cli.run("log", "moving-on"));
        String ended = ok(cli.run("plan")).out();
        assertThat(ended).contains("the journey has ended").doesNotContain("None").doesNotContain("Each date");
    }

    @Test
    void journalRepliesFitTheMood() {
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01"));
        ok(cli.run("log", "text-sent", "--at", "2026-10-15"));
        ok(cli.run("log", "no-contact-request", "--at", "2026-10-16"));
        String hurt = ok(cli.run("journal", "Found out they're seeing someone. Hurts.", "--mood", "1")).out();
        String good = ok(cli.run("journal", "Great day hiking", "--mood", "5")).out();
        assertThat(hurt).contains("hard day").doesNotContain("instead of sending");
        assertThat(good).contains("Glad to hear it");
    }

    @Test
    void helpNamesEveryKindWhole() {
        String help = ok(cli.run("log", "--help")).out();
        assertThat(help).contains("  ex-reached-out      They reached out to me first",
                "  practical           A practical message",
                "'rekindle log retract VERSION' takes an entry back");
        assertThat(help.lines().filter(l -> l.length() > 80)).isEmpty();
        assertThat(ok(cli.run("log", "retract", "--help")).out().replaceAll("\\s+", " ")).contains("only within 24 hours");
        assertThat(ok(cli.run("settings", "--help")).out()).contains("--cooling-days", "--not-hurtful");
    }

    @Test
    void everyCommandInTheOverviewIsSummedUpInWholeSentences() {
        String help = ok(cli.run("--help")).out();
        String commands = help.substring(help.indexOf("Commands:"));
        // Each command's entry in the list (its first line and the lines wrapped under it) ends a sentence.
        List<String> entries = new ArrayList<>();
        for (String line : commands.lines().skip(1).toList()) {
            if (line.isBlank() || !line.startsWith("  ")) {
                break;
            }
            if (line.matches("  \\S.*")) {
                entries.add(line.strip());
            } else {
                entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
            }
        }
        assertThat(entries).hasSizeGreaterThan(10);
        for (String entry : entries) {
            assertThat(entry).as(entry).matches("(?s).*[.!?)]|help .*");
        }
        for (String command : new String[] {"status", "log", "plan", "settings", "history", "journal", "init", "export",
                "import", "check", "eval", "serve", "demo"}) {
            String own = ok(cli.run(command, "--help")).out();
            assertThat(own).as(command).contains("~/.local/share/rekindle.");
        }
    }
}
