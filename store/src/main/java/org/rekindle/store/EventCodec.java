package org.rekindle.store;

import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EventKind;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.MeetingOutcome;

/** Stored form of an event: its kind, its day, and a small JSON object of its own fields. */
final class EventCodec {

    private static final String EMPTY = "{}";
    /** Made on first use: most events carry no fields, and a status that reads only those should not pay for it. */
    private ObjectMapper json;

    private ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper();
        }
        return json;
    }

    String payload(JournalEvent event) {
        ObjectNode p = json().createObjectNode();
        switch (event) {
            case TextSent t -> putIfPresent(p, "text", t.text());
            case CallHeld c -> p.put("meeting", c.meetingAgreed() ? "agreed" : "not-agreed");
            case MeetingHeld m -> p.put("outcome", m.outcome().word());
            case FeelingsShared f -> p.put("response", f.response().word());
            case AppealMade a -> p.put("response", a.response().word());
            case NewMemoryMade n -> putIfPresent(p, "note", n.note());
            case Reflection r -> {
                p.put("text", r.text());
                if (r.mood() != null) {
                    p.put("mood", r.mood());
                }
            }
            case ContactMade c -> { }
            case ReplyReceived r -> { }
            case ReasonExplained x -> { }
            case NoContactRequested n -> { }
            case ApologyMade a -> { }
            case ForgivenessGiven f -> { }
            case MovedOn m -> { }
        }
        return p.isEmpty() ? EMPTY : p.toString();
    }

    JournalEvent decode(String kind, LocalDate at, String payload) {
        JsonNode p = EMPTY.equals(payload) ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : parse(payload);
        return switch (EventKind.parse(kind)) {
            case CONTACT -> new ContactMade(at);
            case TEXT_SENT -> new TextSent(at, text(p, "text"));
            case REPLY -> new ReplyReceived(at);
            case CALL -> new CallHeld(at, "agreed".equals(text(p, "meeting")));
            case MEETING -> new MeetingHeld(at, MeetingOutcome.parse(text(p, "outcome")));
            case EXPLAINED -> new ReasonExplained(at);
            case FEELINGS -> new FeelingsShared(at, FeelingsResponse.parse(text(p, "response")));
            case APPEAL -> new AppealMade(at, AppealResponse.parse(text(p, "response")));
            case NO_CONTACT_REQUEST -> new NoContactRequested(at);
            case APOLOGY -> new ApologyMade(at);
            case FORGIVENESS -> new ForgivenessGiven(at);
            case NEW_MEMORY -> new NewMemoryMade(at, text(p, "note"));
            case MOVING_ON -> new MovedOn(at);
            case JOURNAL -> new Reflection(at, text(p, "text"), p.hasNonNull("mood") ? p.get("mood").asInt() : null);
        };
    }

    private JsonNode parse(String payload) {
        try {
            return json().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored event's data is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode p, String field) {
        JsonNode n = p.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void putIfPresent(ObjectNode p, String field, String value) {
        if (value != null) {
            p.put(field, value);
        }
    }
}
