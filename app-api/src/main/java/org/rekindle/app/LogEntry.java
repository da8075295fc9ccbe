package org.rekindle.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
import org.rekindle.store.StoredEvent;

/**
 * What a user asks to record, as {@code rekindle log KIND --at … --text …} or a
 * {@code POST /api/events} body gives it, before it is checked. {@link #event} checks it once for
 * both: the kind, the options that belong to it, their words, the length of texts, and the day
 * (on or after the breakup, not after today). {@code at} null means today.
 */
public record LogEntry(String kind, LocalDate at, String text, String meeting, String outcome, String response,
                       String note) {

    /** Longest text kept with an event: a message, a note. */
    public static final int MAX_TEXT = 5_000;

    /** The kind alone, checked before anything is opened: an unknown kind or a misplaced option. */
    public EventKind checkedKind(Dialect d) {
        if (kind == null) {
            throw new UserError(d == Dialect.CLI ? "KIND is required" : "kind is required: use one of " + EventKind.loggable());
        }
        EventKind k;
        try {
            k = EventKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (k == EventKind.JOURNAL) {
            throw new UserError(d == Dialect.CLI
                    ? "a private journal entry has its own command: rekindle journal \"TEXT\" [--mood 1-5]"
                    : "a private journal entry has its own command: rekindle journal \"TEXT\" [--mood 1-5]; it is not logged through this API");
        }
        fits(d, "text", text, k == EventKind.TEXT_SENT, "text-sent");
        fits(d, "meeting", meeting, k == EventKind.CALL, "call");
        fits(d, "outcome", outcome, k == EventKind.MEETING, "meeting");
        fits(d, "response", response, k == EventKind.FEELINGS || k == EventKind.APPEAL, "feelings and appeal");
        fits(d, "note", note, k == EventKind.NEW_MEMORY, "new-memory");
        for (String t : new String[] {text, note}) {
            if (t != null && t.length() > MAX_TEXT) {
                throw new UserError("the text is " + t.length() + " characters long; keep it under " + MAX_TEXT);
            }
        }
        InputChecks.text(d.name("text"), text, MAX_TEXT);
        InputChecks.text(d.name("note"), note, MAX_TEXT);
        return k;
    }

    /** The event to append for the journey {@code r}, as of {@code today}; refused with a {@link UserError}. */
    public JournalEvent event(JourneyRecord r, LocalDate today, Dialect d) {
        EventKind k = checkedKind(d);
        LocalDate day = at != null ? at : today;
        InputChecks.day(d.name("at"), day, r.breakup(), today);
        return switch (k) {
            case CONTACT -> new ContactMade(day);
            case TEXT_SENT -> new TextSent(day, text == null ? null : text.strip());
            case REPLY -> new ReplyReceived(day);
            case CALL -> new CallHeld(day, meeting != null
                    && choice(d, MeetingAgreement::parse, meeting) == MeetingAgreement.AGREED);
            case MEETING -> new MeetingHeld(day, outcome == null ? MeetingOutcome.MIXED
                    : choice(d, MeetingOutcome::parse, outcome));
            case EXPLAINED -> new ReasonExplained(day);
            case FEELINGS -> new FeelingsShared(day, choice(d, FeelingsResponse::parse,
                    required(d, "feelings", "interested|needs-time|not-interested")));
            case APPEAL -> new AppealMade(day, choice(d, AppealResponse::parse,
                    required(d, "appeal", "accepted|declined")));
            case NO_CONTACT_REQUEST -> new NoContactRequested(day);
            case APOLOGY -> new ApologyMade(day);
            case FORGIVENESS -> new ForgivenessGiven(day);
            case NEW_MEMORY -> new NewMemoryMade(day, note == null ? null : note.strip());
            case MOVING_ON -> new MovedOn(day);
            case JOURNAL -> throw new IllegalStateException("refused by checkedKind");
        };
    }

    private String required(Dialect d, String forKind, String values) {
        if (response == null) {
            throw new UserError(forKind + " needs " + d.name("response") + " " + values + ": what did they say?");
        }
        return response;
    }

    private static <E> E choice(Dialect d, Function<String, E> parse, String word) {
        try {
            return parse.apply(word);
        } catch (IllegalArgumentException e) {
            throw new UserError(d.speak(e.getMessage()));
        }
    }

    /** An option that does not belong to the kind is a mistake worth naming, not something to drop silently. */
    private static void fits(Dialect d, String field, String value, boolean fits, String kinds) {
        if (value != null && !fits) {
            throw new UserError(d.name(field) + " goes with " + kinds + " only: drop it, or log the kind it belongs to");
        }
    }

    /**
     * What the coach makes of an event just appended at {@code version}: the status after it, the
     * stored event, and the concern, if the event did not fit the stage.
     */
    public record Logged(Status status, StoredEvent stored, Optional<Concern> concern) {

        public static Logged after(Workspace w, JourneyRecord r, JournalEvent event, long version) {
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
            return new Logged(status, mine, concern);
        }

        /** As {@code log --json} and {@code POST /api/events} give it: the status, the event logged, the warning. */
        public Map<String, Object> json(org.rekindle.playbook.Playbook playbook) {
            Map<String, Object> json = new LinkedHashMap<>(new StatusJson(playbook).json(status));
            json.put("logged", EventJson.json(stored, concern, playbook));
            json.put("warning", concern.map(c -> EventJson.warning(playbook.concern(c))).orElse(null));
            return json;
        }
    }
}
