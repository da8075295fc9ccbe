package org.rekindle.cli;

import java.util.Map;
import java.util.Optional;

import org.rekindle.app.journey.EventJson;
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
        return EventJson.json(stored, concern, playbook);
    }

    static Map<String, Object> warning(Advice a) {
        return EventJson.warning(a);
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
}
