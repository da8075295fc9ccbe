package org.rekindle.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rekindle.journey.Concern;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Playbook;
import org.rekindle.store.StoredEvent;

/** An event as {@code history --json} and {@code GET /api/events} give it: the same field names as the log options. */
public final class EventJson {
    private EventJson() {
    }

    public static Map<String, Object> json(StoredEvent stored, Optional<Concern> concern, Playbook playbook) {
        JournalEvent e = stored.event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind());
        m.put("at", e.at().toString());
        switch (e) {
            case TextSent t -> putIfPresent(m, "text", t.text());
            case CallHeld c -> m.put("meeting", c.meetingAgreed() ? "agreed" : "not-agreed");
            case MeetingHeld x -> m.put("outcome", x.outcome().word());
            case FeelingsShared f -> m.put("response", f.response().word());
            case AppealMade a -> m.put("response", a.response().word());
            case NewMemoryMade n -> putIfPresent(m, "note", n.note());
            case ExReachedOut x -> putIfPresent(m, "note", x.note());
            case PracticalContact x -> putIfPresent(m, "note", x.note());
            case Retraction x -> {
                m.put("retracts", x.version());
                putIfPresent(m, "why", x.why());
            }
            case SettingsChanged x -> {
                putIfPresent(m, "cooling_days", x.coolingDays());
                putIfPresent(m, "ended_by", x.endedBy() == null ? null : x.endedBy().word());
                putIfPresent(m, "hurtful", x.hurtful());
            }
            case Reflection r -> {
                m.put("text", r.text());
                putIfPresent(m, "mood", r.mood());
            }
            default -> { }
        }
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

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
