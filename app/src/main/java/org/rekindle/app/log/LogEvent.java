package org.rekindle.app.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rekindle.app.Coaching;
import org.rekindle.app.InvalidInput;
import org.rekindle.app.journey.EventJson;
import org.rekindle.app.journey.StatusJson;
import org.rekindle.journey.Concern;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Rejection;
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

    /** The status after the event, the stored event, and the concern if it did not fit the stage. */
    public record Logged(Status status, StoredEvent stored, Optional<Concern> concern, Playbook playbook) {
        /** As {@code log --json} and {@code POST /api/events} give it: the status, the event logged, the warning. */
        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>(new StatusJson(playbook).json(status));
            json.put("logged", EventJson.json(stored, concern, playbook));
            json.put("warning", concern.map(c -> EventJson.warning(playbook.concern(c))).orElse(null));
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
            throw InvalidInput.general("a private journal entry has its own command",
                    "rekindle journal \"TEXT\" [--mood 1-5]; it is not logged as an event");
        }
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
        EventSchema.EventType<?> type = checkKind(r);
        JourneyRecord j = Coaching.record(store);
        Coaching.requireStarted(j, today);
        LocalDate day = r.at() != null ? r.at() : today;
        if (day.isBefore(j.breakup())) {
            throw InvalidInput.of("at", day + " is before the breakup (" + j.breakup() + ")", "give a day on or after it");
        }
        if (day.isAfter(today)) {
            throw InvalidInput.of("at", day + " is after today (" + today + ")", "log what has happened, on the day it did");
        }
        JournalEvent event = check(type, r, day);
        long version = store.append(event);
        return after(store, j, event, version, today);
    }

    private Logged after(JournalStore store, JourneyRecord j, JournalEvent event, long version, LocalDate today) {
        List<StoredEvent> stored = store.events();
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
        Status status = coaching.status(j, events, today);
        Optional<Concern> concern = status.applied().stream().filter(a -> a.event() == event).findFirst()
                .flatMap(JourneyEngine.Applied::concern);
        return new Logged(status, mine, concern, coaching.playbook());
    }
}
