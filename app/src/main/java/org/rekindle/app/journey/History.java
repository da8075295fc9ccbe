package org.rekindle.app.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.time.LocalDate;

import org.rekindle.app.Coaching;
import org.rekindle.journey.Concern;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;

/**
 * The journal oldest first, by the day each thing happened (same-day entries in the order logged),
 * with the coach's concern about each event as of the day asked about.
 */
public record History(JourneyRecord journey, List<StoredEvent> stored, Map<JournalEvent, Optional<Concern>> concerns) {

    /** The stored events sorted, with the concerns of a status folded over them on {@code asOf}. */
    static History of(Coaching coaching, JourneyRecord r, List<StoredEvent> events, LocalDate asOf) {
        List<StoredEvent> stored = new ArrayList<>(events);
        stored.sort(Comparator.comparing((StoredEvent s) -> s.event().at()));
        Map<JournalEvent, Optional<Concern>> concerns = new IdentityHashMap<>();
        if (!asOf.isBefore(r.breakup())) {
            Status status = coaching.status(r, stored.stream().map(StoredEvent::event).toList(), asOf);
            for (JourneyEngine.Applied a : status.applied()) {
                concerns.put(a.event(), a.concern());
            }
        }
        return new History(r, stored, concerns);
    }

    public Optional<Concern> concern(StoredEvent s) {
        return concerns.getOrDefault(s.event(), Optional.empty());
    }

    /** As {@code history --json} and {@code GET /api/events} give it. */
    public List<Map<String, Object>> json(org.rekindle.playbook.Playbook playbook) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (StoredEvent s : stored) {
            json.add(EventJson.json(s, concern(s), playbook));
        }
        return json;
    }
}
