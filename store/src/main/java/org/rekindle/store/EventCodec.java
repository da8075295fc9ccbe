package org.rekindle.store;

import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonGenerator;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EventKind;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.MeetingOutcome;

/** Stored form of an event: its kind, its day, and a small JSON object of its own fields. */
final class EventCodec {

    private static final String EMPTY = "{}";

    /** The key of an encrypted journal: its free text is sealed on the way in and opened on the way out; null when clear. */
    volatile JournalKey key;

    private String sealed(String field, String value) {
        JournalKey k = key;
        return k == null || value == null ? value : k.seal(field, value);
    }

    private String opened(String field, String value) {
        JournalKey k = key;
        if (k == null) {
            return value; // a clear journal: even a text that happens to begin with "enc:v1:" is just that text
        }
        return k.open(field, value);
    }

    String payload(JournalEvent event) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = Fields.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            switch (event) {
                case TextSent t -> stringIfPresent(g, "text", sealed("text", t.text()));
                case CallHeld c -> g.writeStringField("meeting", c.meetingAgreed() ? "agreed" : "not-agreed");
                case MeetingHeld m -> g.writeStringField("outcome", m.outcome().word());
                case FeelingsShared f -> g.writeStringField("response", f.response().word());
                case AppealMade a -> g.writeStringField("response", a.response().word());
                case NewMemoryMade n -> stringIfPresent(g, "note", sealed("note", n.note()));
                case Reflection r -> {
                    g.writeStringField("text", sealed("journal", r.text()));
                    if (r.mood() != null) {
                        g.writeNumberField("mood", r.mood());
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
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new StoreException("could not encode an event: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void stringIfPresent(JsonGenerator g, String field, String value) throws java.io.IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    JournalEvent decode(String kind, LocalDate at, String payload) {
        Fields p = EMPTY.equals(payload) ? Fields.NONE : Fields.read(payload);
        return switch (EventKind.parse(kind)) {
            case CONTACT -> new ContactMade(at);
            case TEXT_SENT -> new TextSent(at, opened("text", p.text));
            case REPLY -> new ReplyReceived(at);
            case CALL -> new CallHeld(at, "agreed".equals(p.meeting));
            case MEETING -> new MeetingHeld(at, MeetingOutcome.parse(p.outcome));
            case EXPLAINED -> new ReasonExplained(at);
            case FEELINGS -> new FeelingsShared(at, FeelingsResponse.parse(p.response));
            case APPEAL -> new AppealMade(at, AppealResponse.parse(p.response));
            case NO_CONTACT_REQUEST -> new NoContactRequested(at);
            case APOLOGY -> new ApologyMade(at);
            case FORGIVENESS -> new ForgivenessGiven(at);
            case NEW_MEMORY -> new NewMemoryMade(at, opened("note", p.note));
            case MOVING_ON -> new MovedOn(at);
            case JOURNAL -> new Reflection(at, opened("journal", p.text), p.mood);
        };
    }

    /**
     * An event as the fold needs it, from the one word that decides its effect ({@code meeting},
     * {@code outcome} or {@code response}, whichever the kind has); free text is left out.
     */
    JournalEvent decodeForFold(String kind, LocalDate at, String choice) {
        return switch (EventKind.parse(kind)) {
            case CONTACT -> new ContactMade(at);
            case TEXT_SENT -> new TextSent(at, null);
            case REPLY -> new ReplyReceived(at);
            case CALL -> new CallHeld(at, "agreed".equals(choice));
            case MEETING -> new MeetingHeld(at, MeetingOutcome.parse(choice));
            case EXPLAINED -> new ReasonExplained(at);
            case FEELINGS -> new FeelingsShared(at, FeelingsResponse.parse(choice));
            case APPEAL -> new AppealMade(at, AppealResponse.parse(choice));
            case NO_CONTACT_REQUEST -> new NoContactRequested(at);
            case APOLOGY -> new ApologyMade(at);
            case FORGIVENESS -> new ForgivenessGiven(at);
            case NEW_MEMORY -> new NewMemoryMade(at, null);
            case MOVING_ON -> new MovedOn(at);
            case JOURNAL -> throw new StoreException("private journal entries are not folded", false);
        };
    }

    /**
     * The fields an event's payload may carry, read with the streaming parser: a status decodes
     * every event, and a tree per row was a measurable share of its start-up.
     */
    private static final class Fields {
        static final Fields NONE = new Fields();
        private static final JsonFactory FACTORY = new JsonFactory();

        String text;
        String meeting;
        String outcome;
        String response;
        String note;
        Integer mood;

        static Fields read(String payload) {
            Fields f = new Fields();
            try (JsonParser p = FACTORY.createParser(payload)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new StoreException("a stored event's data is not a JSON object: " + payload, false);
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    switch (name) {
                        case "text" -> f.text = p.getText();
                        case "meeting" -> f.meeting = p.getText();
                        case "outcome" -> f.outcome = p.getText();
                        case "response" -> f.response = p.getText();
                        case "note" -> f.note = p.getText();
                        case "mood" -> f.mood = p.getIntValue();
                        default -> p.skipChildren(); // a field a later version added: not ours to read
                    }
                }
            } catch (java.io.IOException e) {
                throw new StoreException("a stored event's data is not JSON: " + e.getMessage(), e);
            }
            return f;
        }
    }

}
