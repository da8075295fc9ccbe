package org.rekindle.status;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Stage;
import org.rekindle.plan.NextStep;
import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.PlaybookLoader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The journeys in {@code org/rekindle/journeys/*.yaml}, written from STAGES.md alone, run through
 * the real coach: for each day asked about, the stage, and where STAGES.md fixes it, the next
 * step's earliest day, the last day of the wait, and whether the next step contacts the ex. A
 * failure names the journey, the day asked about (as a date and as a day from the breakup) and
 * every expectation that did not hold on it.
 */
class JourneysTest {

    private static final Coach COACH = new Coach(PlaybookLoader.bundled());
    private static final String FOLDER = "org/rekindle/journeys";

    /** One journey file: the journey's facts, what was logged, and what the coach should say on given days. */
    record JourneyFile(String name, String rule, String note, String breakup, String endedBy, Boolean hurtful,
                       Integer coolingDays, List<Event> events, List<Check> checks) {
        LocalDate breakupDay() {
            return LocalDate.parse(breakup);
        }
    }

    /**
     * One logged event; {@code meeting} for a call, {@code outcome} for a meeting, {@code response} for an
     * answer; {@code warned}, when given, says whether the coach answers it with a warning (STAGES.md: an
     * event that makes no sense at the stage "is stored and answered with a warning").
     */
    record Event(String on, String kind, String meeting, String outcome, String response, Boolean warned) {
        LocalDate day() {
            return LocalDate.parse(on);
        }
    }

    /**
     * One day asked about. {@code next} present and null means "no date"; absent means not checked,
     * which is why its presence is kept apart from its value.
     */
    static final class Check {
        LocalDate asOf;
        public Stage stage;
        LocalDate next;
        boolean nextGiven;
        LocalDate until;
        public Boolean contactsEx;
        /** The plan's "not before" day for some of its steps, by step name (CALL, MEET, FINAL_APPEAL…). */
        public java.util.Map<NextStep, String> plan;

        public void setAsOf(String d) {
            asOf = LocalDate.parse(d);
        }

        public void setNext(String d) {
            next = d == null ? null : LocalDate.parse(d);
            nextGiven = true;
        }

        public void setUntil(String d) {
            until = LocalDate.parse(d);
        }

    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static List<Path> files() {
        URL url = JourneysTest.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the test class path");
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JourneyFile read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return YAML.readValue(in, JourneyFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journey " + p.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Test
    void thereAreAtLeastFortyJourneysAndEachAsksSomething() {
        List<Path> files = files();
        if (files.size() < 40) {
            fail("only " + files.size() + " journeys in " + FOLDER);
        }
        for (Path p : files) {
            JourneyFile f = read(p);
            if (f.checks() == null || f.checks().isEmpty()) {
                fail(p.getFileName() + ": no checks");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJourneyThroughTheRealCoach() {
        return files().stream().map(p -> {
            JourneyFile f = read(p);
            return DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p.getFileName().toString(), f));
        });
    }

    private static void run(String file, JourneyFile f) {
        Journey journey = COACH.journey("Sam", f.breakupDay(),
                f.endedBy() == null ? EndedBy.MUTUAL : EndedBy.parse(f.endedBy()),
                Boolean.TRUE.equals(f.hurtful()), f.coolingDays());
        List<JournalEvent> events = f.events() == null ? List.of() : f.events().stream().map(JourneysTest::event).toList();
        List<String> wrong = new ArrayList<>();
        wrong.addAll(warningProblems(file, f, journey, events));
        for (Check c : f.checks()) {
            Status s = COACH.status(journey, events, c.asOf);
            List<String> here = new ArrayList<>();
            if (s.stage() != c.stage) {
                here.add("stage " + s.stage() + ", expected " + c.stage);
            }
            if (c.nextGiven && !java.util.Objects.equals(s.next().earliest(), c.next)) {
                here.add("next.earliest " + s.next().earliest() + " (" + s.next().step() + "), expected " + c.next);
            }
            if (c.until != null && !c.until.equals(s.next().until())) {
                here.add("next.until " + s.next().until() + ", expected " + c.until);
            }
            if (c.contactsEx != null && s.contactsEx() != c.contactsEx) {
                here.add("contacts_ex " + s.contactsEx() + ", expected " + c.contactsEx);
            }
            List<PlannedStep> plan = COACH.plan(journey, events, c.asOf);
            here.addAll(planProblems(plan, c, s.stage()));
            if (!here.isEmpty()) {
                long day = java.time.temporal.ChronoUnit.DAYS.between(f.breakupDay(), c.asOf);
                wrong.add(file + " (" + f.name() + ") asked on " + c.asOf + " (day " + day + "): " + String.join("; ", here));
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong) + "\n  rule: " + f.rule());
        }
    }

    /** Whether each event was answered with a warning, where the journey says; events must be in date order. */
    private static List<String> warningProblems(String file, JourneyFile f, Journey journey, List<JournalEvent> events) {
        List<String> out = new ArrayList<>();
        if (events.isEmpty()) {
            return out;
        }
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).at().isBefore(events.get(i - 1).at())) {
                out.add(file + ": events out of date order at " + events.get(i).at());
                return out;
            }
        }
        Status last = COACH.status(journey, events, events.getLast().at());
        for (int i = 0; i < events.size(); i++) {
            Boolean expected = f.events().get(i).warned();
            JourneyEngine.Applied a = last.applied().get(i);
            if (expected != null && expected != a.concern().isPresent()) {
                out.add(file + " (" + f.name() + ") " + f.events().get(i).kind() + " on " + a.fact().at() + " ("
                        + a.stageBefore() + " -> " + a.stageAfter() + "): warning " + a.concern().map(Enum::name).orElse("none")
                        + ", expected " + (expected ? "a warning" : "none"));
            }
        }
        return out;
    }

    /** The plan on the same day: never before the day asked, in date order, nothing once the journey ended. */
    private static List<String> planProblems(List<PlannedStep> plan, Check c, Stage stage) {
        List<String> out = new ArrayList<>();
        LocalDate last = c.asOf;
        for (PlannedStep p : plan) {
            if (p.earliest().isBefore(last)) {
                out.add("plan step " + p.step() + " on " + p.earliest() + " comes before " + last);
            }
            last = p.earliest();
        }
        if (stage == Stage.MOVING_ON && !plan.isEmpty()) {
            out.add("plan has " + plan.size() + " steps after the journey ended");
        }
        if (c.plan != null) {
            c.plan.forEach((step, day) -> {
                LocalDate planned = plan.stream().filter(p -> p.step() == step).map(PlannedStep::earliest)
                        .findFirst().orElse(null);
                if (!LocalDate.parse(day).equals(planned)) {
                    out.add("plan's " + step + " on " + planned + ", expected " + day);
                }
            });
        }
        return out;
    }

    private static JournalEvent event(Event e) {
        return switch (EventSchema.named(e.kind()).name()) {
            case "contact" -> new JournalEvent.ContactMade(e.day());
            case "text-sent" -> new JournalEvent.TextSent(e.day(), "Heard our song today and thought of you. Hope you're well.");
            case "reply" -> new JournalEvent.ReplyReceived(e.day());
            case "call" -> new JournalEvent.CallHeld(e.day(), switch (e.meeting()) {
                case "agreed" -> true;
                case "not-agreed" -> false;
                default -> throw new IllegalArgumentException("call: meeting agreed|not-agreed, not " + e.meeting());
            });
            case "meeting" -> new JournalEvent.MeetingHeld(e.day(), MeetingOutcome.parse(e.outcome()));
            case "explained" -> new JournalEvent.ReasonExplained(e.day());
            case "feelings" -> new JournalEvent.FeelingsShared(e.day(), FeelingsResponse.parse(e.response()));
            case "appeal" -> new JournalEvent.AppealMade(e.day(), AppealResponse.parse(e.response()));
            case "no-contact-request" -> new JournalEvent.NoContactRequested(e.day());
            case "apology" -> new JournalEvent.ApologyMade(e.day());
            case "forgiveness" -> new JournalEvent.ForgivenessGiven(e.day());
            case "new-memory" -> new JournalEvent.NewMemoryMade(e.day(), "a walk by the river");
            case "moving-on" -> new JournalEvent.MovedOn(e.day());
            default ->
                    throw new IllegalArgumentException("journeys do not use '" + e.kind() + "' yet");
        };
    }
}
