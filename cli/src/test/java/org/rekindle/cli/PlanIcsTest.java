package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** {@code plan --ics}: the plan in a calendar, through the real command line, read back by ical4j. */
class PlanIcsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @TempDir
    Path tmp;

    private CliRun journey() {
        CliRun cli = new CliRun(tmp.resolve("data"), TODAY);
        ok(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01", "--ended-by", "me"));
        return cli;
    }

    private static CliRun.Result ok(CliRun.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        return cal.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** The day each step of {@code plan --json} is on: its earliest day, or for a wait its last day. */
    private static List<String> jsonDays(JsonNode plan) {
        List<String> days = new ArrayList<>();
        for (JsonNode step : plan.get("steps")) {
            JsonNode day = step.get("earliest").isNull() ? step.get("until") : step.get("earliest");
            if (!day.isNull()) {
                days.add(day.asText().replace("-", ""));
            }
        }
        return days;
    }

    @Test
    void theCalendarsDaysAreThePlansDays() throws Exception {
        CliRun cli = journey();
        for (int round = 0; round < 2; round++) {
            List<VEvent> events = events(ok(cli.run("plan", "--ics")).out());
            List<String> days = jsonDays(ok(cli.run("plan", "--json")).json());
            assertThat(days).hasSizeGreaterThan(3);
            assertThat(events).extracting(e -> prop(e, "DTSTART")).containsExactlyElementsOf(days);
            assertThat(prop(events.get(0), "SUMMARY")).isEqualTo("rekindle: Send one short, friendly text");
            assertThat(String.join("\n", events.stream().map(Object::toString).toList())).doesNotContain("Sam");
            // the journal moves on: the days move with it, and the first entry keeps its UID
            ok(cli.run("log", "contact", "--at", "2026-09-2" + (round + 1)));
        }
    }

    @Test
    void uidsStayAndSequenceGrowsAsTheJournalMoves() throws Exception {
        CliRun cli = journey();
        List<VEvent> before = events(ok(cli.run("plan", "--ics")).out());
        assertThat(events(ok(cli.run("plan", "--ics")).out())).extracting(e -> prop(e, "UID"))
                .containsExactlyElementsOf(before.stream().map(e -> prop(e, "UID")).toList());
        ok(cli.run("log", "contact", "--at", "2026-09-20"));
        List<VEvent> after = events(ok(cli.run("plan", "--ics")).out());
        assertThat(prop(after.get(0), "UID")).isEqualTo(prop(before.get(0), "UID"));
        assertThat(Integer.parseInt(prop(after.get(0), "SEQUENCE"))).isGreaterThan(Integer.parseInt(prop(before.get(0), "SEQUENCE")));
    }

    @Test
    void outWritesAPrivateFileAndNeutralTitlesSayNothing() throws Exception {
        CliRun cli = journey();
        Path file = tmp.resolve("plan.ics");
        CliRun.Result r = ok(cli.run("plan", "--ics", "--neutral", "--out", file.toString()));
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("plan.ics");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String ics = Files.readString(file);
        assertThat(events(ics)).extracting(e -> prop(e, "SUMMARY")).first().isEqualTo("Plan: step 1");
        assertThat(ics).doesNotContain("rekindle:", "text", "Sam");
    }

    @Test
    void outWithoutIcsIsBadInput() {
        CliRun cli = journey();
        CliRun.Result r = cli.run("plan", "--out", tmp.resolve("x.ics").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out goes with --ics");
        assertThat(tmp.resolve("x.ics")).doesNotExist();
    }
}
