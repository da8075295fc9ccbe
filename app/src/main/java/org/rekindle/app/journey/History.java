package org.rekindle.app.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.time.LocalDate;

import org.rekindle.app.Coaching;
import org.rekindle.journey.Concern;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;

/**
 * The journal oldest first, by the day each thing happened (same-day entries in the order logged),
 * with the coach's concern about each event as of the day asked about.
 */
public record History(JourneyRecord journey, List<StoredEvent> stored, Map<Long, Optional<Concern>> concerns) {

    /** The stored events sorted, with the concerns of a status folded over them on {@code asOf}, by version. */
    static History of(Coaching coaching, JourneyRecord r, List<StoredEvent> events, LocalDate asOf) {
        List<StoredEvent> stored = new ArrayList<>(events);
        stored.sort(Comparator.comparing((StoredEvent s) -> s.event().at()));
        Map<Long, Optional<Concern>> concerns = new HashMap<>();
        if (!asOf.isBefore(r.breakup())) {
            Status status = coaching.status(r, Coaching.journal(events), asOf); // versions kept: retractions count
            for (JourneyEngine.Applied a : status.applied()) {
                concerns.put(a.version(), a.concern());
            }
        }
        return new History(r, stored, concerns);
    }

    public Optional<Concern> concern(StoredEvent s) {
        return concerns.getOrDefault(s.version(), Optional.empty());
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
