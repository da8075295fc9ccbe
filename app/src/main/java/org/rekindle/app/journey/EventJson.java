package org.rekindle.app.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rekindle.journey.Concern;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.EventSchema;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Playbook;
import org.rekindle.store.StoredEvent;

/** An event as {@code history --json} and {@code GET /api/events} give it: the field names {@link EventSchema} declares. */
public final class EventJson {
    private EventJson() {
    }

    public static Map<String, Object> json(StoredEvent stored, Optional<Concern> concern, Playbook playbook) {
        JournalEvent e = stored.event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind());
        m.put("at", e.at().toString());
        m.putAll(EventSchema.of(e).values(e));
        m.put("version", stored.version());
        m.put("recorded_at", stored.recordedAt().toString());
        concern.ifPresent(c -> m.put("warning", warning(playbook.concern(c))));
        return m;
    }

    public static Map<String, Object> warning(Advice a) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("text", a.text());
        w.put("guide", a.guide().toString());
        return w;
    }

}
