package org.rekindle.app.log;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rekindle.app.Coaching;
import org.rekindle.app.InputChecks;
import org.rekindle.app.InvalidInput;
import org.rekindle.app.journey.EventJson;
import org.rekindle.app.journey.StatusJson;
import org.rekindle.journey.Concern;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Rejection;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Playbook;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;

/**
 * Records what happened: {@code rekindle log KIND}, {@code POST /api/events}, the log page. The
 * kind and its fields are checked by {@link EventSchema}, the day here (on or after the breakup,
 * not after today); an event that does not fit the stage is still recorded, with the concern.
 */
public final class LogEvent {

    /** What was asked: the kind's name, the day (null: today), and the kind's fields by name. */
    public record Request(String kind, LocalDate at, Map<String, ?> fields) {
    }

    /**
     * The status after the event, the stored event, the concern if it did not fit the stage, and
     * the warning in words, which says what the event changed when it moved the stage.
     */
    public record Logged(Status status, StoredEvent stored, Optional<Concern> concern, Optional<Advice> warning,
                         Playbook playbook) {
        /** As {@code log --json} and {@code POST /api/events} give it: the status, the event logged, the warning. */
        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>(new StatusJson(playbook).json(status));
            json.put("logged", EventJson.json(stored, concern, playbook));
            json.put("warning", warning.map(EventJson::warning).orElse(null));
            return json;
        }
    }

    private final Coaching coaching;

    public LogEvent(Coaching coaching) {
        this.coaching = coaching;
    }

    /** The kind and its fields alone: refused before anything is opened (an unknown kind, a misplaced field). */
    public EventSchema.EventType<?> checkKind(Request r) {
        if (r.kind() == null) {
            throw InvalidInput.of("kind", "is required", "use one of " + EventSchema.loggableNames());
        }
        EventSchema.EventType<?> type;
        try {
            type = EventSchema.named(r.kind());
        } catch (Rejection.Refused e) {
            throw new InvalidInput(e.rejection());
        }
        if (!type.loggable()) {
            // journal entries, retractions and settings changes: each has its own way in, named in its hint
            throw InvalidInput.general(type.title().replaceFirst("^A ", "a ").replaceFirst("^The ", "the ")
                    + " has its own command", type.hint());
        }
        InputChecks.texts(r.fields()); // no NUL, control character or lone surrogate, whichever way it came in
        check(type, r, LocalDate.MAX);
        return type;
    }

    private static JournalEvent check(EventSchema.EventType<?> type, Request r, LocalDate day) {
        try {
            return EventSchema.check(type, day, r.fields());
        } catch (Rejection.Refused e) {
            throw new InvalidInput(e.rejection());
        }
    }

    public Logged log(JournalStore store, Request r, LocalDate today) {
        JournalEvent event = event(store, r, today);
        long version = store.append(event);
        return after(coaching, store, Coaching.record(store), event, version, today);
    }

    /** The event {@link #log} would append, every check passed, without appending it (a page asks first). */
    public JournalEvent event(JournalStore store, Request r, LocalDate today) {
        EventSchema.EventType<?> type = checkKind(r);
        JourneyRecord j = Coaching.record(store);
        Coaching.requireStarted(j, today);
        LocalDate day = r.at() != null ? r.at() : today;
        InputChecks.day("at", day, j.breakup(), today);
        return check(type, r, day);
    }

    /** What the coach makes of an event just appended at {@code version}: shared by every use case that appends. */
    public static Logged after(Coaching coaching, JournalStore store, JourneyRecord j, JournalEvent event, long version,
                               LocalDate today) {
        List<StoredEvent> stored = store.events();
        StoredEvent mine = null;
        for (StoredEvent s : stored) {
            if (s.version() == version) {
                mine = new StoredEvent(version, event, s.recordedAt());
            }
        }
        Status status = coaching.status(j, Coaching.journal(stored), today);
        Optional<JourneyEngine.Applied> applied = status.applied().stream().filter(a -> a.version() == version).findFirst();
        return new Logged(status, mine, applied.flatMap(JourneyEngine.Applied::concern),
                applied.flatMap(a -> coaching.coach().warning(a)), coaching.playbook());
    }
}
