package org.rekindle.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

class PlanCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final List<PlanCalendar.Entry> ROAD = List.of(
            new PlanCalendar.Entry("send-first-text", LocalDate.of(2026, 12, 15), "Send one short, friendly text",
                    "30 days after the breakup"),
            new PlanCalendar.Entry("call", LocalDate.of(2026, 12, 24), "Call them", "2 days after the first reply"),
            new PlanCalendar.Entry("meet", LocalDate.of(2026, 12, 31), "Meet for something brief and light", null),
            new PlanCalendar.Entry("meet", LocalDate.of(2027, 1, 7), "Meet for something brief and light", null));

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void everyDatedStepIsAnAllDayEntryOnItsDay() throws Exception {
        Calendar cal = parse(PlanCalendar.write("j1", 4, NOW, ROAD, PlanCalendar.Titles.STEPS));
        cal.validate();
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).extracting(e -> prop(e, "DTSTART"))
                .containsExactly("20261215", "20261224", "20261231", "20270107");
        assertThat(events).extracting(e -> prop(e, "DTEND"))
                .containsExactly("20261216", "20261225", "20270101", "20270108");
        assertThat(prop(events.get(0), "SUMMARY")).isEqualTo("rekindle: Send one short, friendly text");
        assertThat(prop(events.get(0), "DESCRIPTION")).contains("30 days after the breakup");
        assertThat(events).extracting(e -> prop(e, "SEQUENCE")).containsOnly("4");
        assertThat(events).extracting(e -> prop(e, "DTSTAMP")).containsOnly("20261129T100000Z");
    }

    @Test
    void uidsAreStableAcrossCallsAndDistinctWithinOne() throws Exception {
        List<VEvent> first = parse(PlanCalendar.write("j1", 4, NOW, ROAD, PlanCalendar.Titles.STEPS))
                .getComponents("VEVENT");
        List<PlanCalendar.Entry> moved = List.of(
                new PlanCalendar.Entry("send-first-text", LocalDate.of(2026, 12, 20), "Send one short, friendly text", null));
        List<VEvent> later = parse(PlanCalendar.write("j1", 5, NOW.plusSeconds(86_400), moved, PlanCalendar.Titles.STEPS))
                .getComponents("VEVENT");
        assertThat(first).extracting(e -> prop(e, "UID")).doesNotHaveDuplicates();
        assertThat(prop(later.get(0), "UID")).isEqualTo(prop(first.get(0), "UID"));
        assertThat(prop(later.get(0), "DTSTART")).isEqualTo("20261220");
        assertThat(Integer.parseInt(prop(later.get(0), "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(prop(first.get(0), "SEQUENCE")));
        List<VEvent> otherJourney = parse(PlanCalendar.write("j2", 4, NOW, ROAD, PlanCalendar.Titles.STEPS))
                .getComponents("VEVENT");
        assertThat(prop(otherJourney.get(0), "UID")).isNotEqualTo(prop(first.get(0), "UID"));
    }

    @Test
    void neutralTitlesSayNothingOfTheSteps() throws Exception {
        String ics = PlanCalendar.write("j1", 4, NOW, ROAD, PlanCalendar.Titles.NEUTRAL);
        assertThat(ics).doesNotContain("text", "Text", "Meet", "Call", "breakup", "rekindle:");
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).extracting(e -> prop(e, "SUMMARY")).containsExactly(
                "Plan: step 1", "Plan: step 2", "Plan: step 3", "Plan: step 4");
    }

    @Test
    void anEmptyRoadIsAValidEmptyCalendar() throws Exception {
        Calendar cal = parse(PlanCalendar.write("j1", 9, NOW, List.of(), PlanCalendar.Titles.STEPS));
        assertThat(cal.getComponents("VEVENT")).isEmpty();
        assertThat(cal.getProperty("PRODID")).isPresent();
    }
}
