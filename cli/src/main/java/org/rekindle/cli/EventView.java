package org.rekindle.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rekindle.journey.Concern;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Playbook;
import org.rekindle.store.StoredEvent;

/** An event as {@code history} and {@code log} show it: the same field names as the log options. */
final class EventView {
    private EventView() {
    }

    static Map<String, Object> json(StoredEvent stored, Optional<Concern> concern, Playbook playbook) {
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

    static Map<String, Object> warning(Advice a) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("text", a.text());
        w.put("guide", a.guide().toString());
        return w;
    }

    /** One line for a person: the day, the kind, its details. */
    static String line(StoredEvent stored) {
        JournalEvent e = stored.event();
        String detail = switch (e) {
            case TextSent t -> t.text() == null ? "" : "“" + t.text() + "”";
            case CallHeld c -> c.meetingAgreed() ? "meeting agreed" : "no meeting agreed";
            case MeetingHeld x -> "went " + x.outcome().word().replace('-', ' ');
            case FeelingsShared f -> "they said: " + f.response().word().replace('-', ' ');
            case AppealMade a -> "they " + a.response().word();
            case NewMemoryMade n -> n.note() == null ? "" : n.note();
            case Reflection r -> (r.mood() == null ? "" : "mood " + r.mood() + " · ") + r.text();
            default -> "";
        };
        return e.at() + "  " + String.format("%-18s", e.kind()) + " " + detail;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
