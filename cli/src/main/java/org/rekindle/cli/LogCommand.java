package org.rekindle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.Concern;
import org.rekindle.journey.EventKind;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.MeetingAgreement;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;
import org.rekindle.store.StoredEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "log", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Record what happened. It is kept even when it does not fit the plan; the coach says so.",
                "KIND is one of: contact, text-sent, reply, call, meeting, explained, feelings, appeal,",
                "no-contact-request, apology, forgiveness, new-memory, moving-on."})
final class LogCommand implements Callable<Integer> {

    /** Longest text kept with an event: a message, a note. */
    static final int MAX_TEXT = 5_000;

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What happened (see above).")
    String kind;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day it happened (default: today, or --as-of).")
    LocalDate at;

    @Option(names = "--text", paramLabel = "T", description = "text-sent: what you wrote.")
    String text;

    @Option(names = "--meeting", paramLabel = "agreed|not-agreed", description = "call: whether a meeting was agreed (default: not-agreed).")
    String meeting;

    @Option(names = "--outcome", paramLabel = "well|mixed|badly", description = "meeting: how it went (default: mixed, which does not count towards the feelings talk).")
    String outcome;

    @Option(names = "--response", paramLabel = "R", description = "feelings: interested|needs-time|not-interested; appeal: accepted|declined.")
    String response;

    @Option(names = "--note", paramLabel = "T", description = "new-memory: a few words to remember it by.")
    String note;

    @Override
    public Integer call() {
        EventKind k = EventKind.parse(kind);
        if (k == EventKind.JOURNAL) {
            throw new UserError("a private journal entry has its own command: rekindle journal \"TEXT\" [--mood 1-5]");
        }
        checkOptionsFit(k);
        try (Workspace w = Workspace.open(root, SqliteJournalStore.Mode.EXISTING)) {
            JourneyRecord r = w.record();
            w.requireStarted(r);
            LocalDate day = at != null ? at : w.today;
            if (day.isBefore(r.breakup())) {
                throw new UserError("--at " + day + " is before the breakup (" + r.breakup() + "): give a day on or after it");
            }
            if (day.isAfter(w.today)) {
                throw new UserError("--at " + day + " is after today (" + w.today + "): log what has happened, on the day it did");
            }
            JournalEvent event = event(k, day);
            long version = w.store.append(r.id(), event);
            report(w, r, event, version);
        }
        return 0;
    }

    private void report(Workspace w, JourneyRecord r, JournalEvent event, long version) {
        List<StoredEvent> stored = new ArrayList<>(w.stored(r));
        List<JournalEvent> events = new ArrayList<>(stored.size());
        StoredEvent mine = null;
        for (StoredEvent s : stored) {
            if (s.version() == version) {
                mine = new StoredEvent(version, event, s.recordedAt());
                events.add(event); // this very instance, so its outcome can be found in the fold
            } else {
                events.add(s.event());
            }
        }
        Status status = w.coach.status(w.journey(r), events, w.today);
        Optional<Concern> concern = status.applied().stream().filter(a -> a.event() == event).findFirst()
                .flatMap(JourneyEngine.Applied::concern);
        StatusView view = new StatusView(w.coach.playbook());
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Map<String, Object> json = view.json(status);
            json.put("logged", EventView.json(mine, concern, w.coach.playbook()));
            json.put("warning", concern.map(c -> EventView.warning(w.coach.playbook().concern(c))).orElse(null));
            Json.print(out, json);
            return;
        }
        out.println("Logged: " + EventView.line(mine).strip());
        concern.ifPresent(c -> {
            var a = w.coach.playbook().concern(c);
            spec.commandLine().getErr().println("rekindle: warning: " + a.text() + " [" + a.guide() + "]");
            spec.commandLine().getErr().flush();
        });
        out.println();
        view.text(status, out);
    }

    private JournalEvent event(EventKind k, LocalDate day) {
        return switch (k) {
            case CONTACT -> new ContactMade(day);
            case TEXT_SENT -> new TextSent(day, text == null ? null : text.strip());
            case REPLY -> new ReplyReceived(day);
            case CALL -> new CallHeld(day, meeting != null && MeetingAgreement.parse(meeting) == MeetingAgreement.AGREED);
            case MEETING -> new MeetingHeld(day, outcome == null ? MeetingOutcome.MIXED : MeetingOutcome.parse(outcome));
            case EXPLAINED -> new ReasonExplained(day);
            case FEELINGS -> new FeelingsShared(day, FeelingsResponse.parse(required("--response", "feelings",
                    "interested|needs-time|not-interested")));
            case APPEAL -> new AppealMade(day, AppealResponse.parse(required("--response", "appeal", "accepted|declined")));
            case NO_CONTACT_REQUEST -> new NoContactRequested(day);
            case APOLOGY -> new ApologyMade(day);
            case FORGIVENESS -> new ForgivenessGiven(day);
            case NEW_MEMORY -> new NewMemoryMade(day, note == null ? null : note.strip());
            case MOVING_ON -> new MovedOn(day);
            case JOURNAL -> throw new IllegalStateException("handled above");
        };
    }

    private String required(String option, String forKind, String values) {
        if (response == null) {
            throw new UserError(forKind + " needs " + option + " " + values + ": what did they say?");
        }
        return response;
    }

    /** An option that does not belong to the kind is a mistake worth naming, not something to drop silently. */
    private void checkOptionsFit(EventKind k) {
        fits("--text", text, k == EventKind.TEXT_SENT, "text-sent");
        fits("--meeting", meeting, k == EventKind.CALL, "call");
        fits("--outcome", outcome, k == EventKind.MEETING, "meeting");
        fits("--response", response, k == EventKind.FEELINGS || k == EventKind.APPEAL, "feelings and appeal");
        fits("--note", note, k == EventKind.NEW_MEMORY, "new-memory");
        for (String t : new String[] {text, note}) {
            if (t != null && t.length() > MAX_TEXT) {
                throw new UserError("the text is " + t.length() + " characters long; keep it under " + MAX_TEXT);
            }
        }
    }

    private static void fits(String option, String value, boolean fits, String kinds) {
        if (value != null && !fits) {
            throw new UserError(option + " goes with " + kinds + " only: drop it, or log the kind it belongs to");
        }
    }
}
