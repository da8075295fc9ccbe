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

    /** What was just recorded, as {@code log} says it: "text-sent on 2026-11-20 “Heard our song.”". */
    static String brief(StoredEvent stored) {
        String detail = detail(stored.event());
        return stored.event().kind() + " on " + stored.event().at() + (detail.isEmpty() ? "" : " " + detail);
    }

    /** One line for a person: the day, the kind, its details. */
    static String line(StoredEvent stored) {
        JournalEvent e = stored.event();
        return e.at() + "  " + String.format("%-18s", e.kind()) + " " + detail(e);
    }

    private static String detail(JournalEvent e) {
        return switch (e) {
            case TextSent t -> t.text() == null ? "" : "“" + t.text() + "”";
            case CallHeld c -> c.meetingAgreed() ? "meeting agreed" : "no meeting agreed";
            case MeetingHeld x -> "went " + x.outcome().word().replace('-', ' ');
            case FeelingsShared f -> "they said: " + f.response().word().replace('-', ' ');
            case AppealMade a -> "they " + a.response().word();
            case NewMemoryMade n -> n.note() == null ? "" : n.note();
            case Reflection r -> (r.mood() == null ? "" : "mood " + r.mood() + " · ") + r.text();
            case ExReachedOut x -> x.note() == null ? "" : x.note();
            case PracticalContact x -> x.note() == null ? "" : x.note();
            case Retraction x -> "takes back entry " + x.version() + (x.why() == null ? "" : " · " + x.why());
            case SettingsChanged x -> settings(x);
            default -> "";
        };
    }

    private static String settings(SettingsChanged x) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (x.coolingDays() != null) {
            parts.add("cooling-off " + x.coolingDays() + " days");
        }
        if (x.endedBy() != null) {
            parts.add("ended by " + x.endedBy().word());
        }
        if (x.hurtful() != null) {
            parts.add(x.hurtful() ? "hurtful words said" : "no hurtful words");
        }
        return String.join(", ", parts);
    }
}
