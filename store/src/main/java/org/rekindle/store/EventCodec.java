package org.rekindle.store;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;

/**
 * Stored form of an event: its kind, its day, and a small JSON object of its own fields, as
 * {@link EventSchema} declares them. Read with the streaming parser: a status decodes every event,
 * and a tree per row was a measurable share of its start-up.
 */
final class EventCodec {

    /** The fields the fold reads, one per kind at most: the database picks the first present. */
    static final List<String> FOLD_FIELDS = EventSchema.foldFields();

    private static final String EMPTY = "{}";

    /**
     * The key of an encrypted journal ({@link JournalKey}): its free text (every string field but the
     * fold's words) is sealed on the way in and opened on the way out; null when the journal is clear.
     */
    volatile JournalKey key;
    private static final JsonFactory FACTORY = new JsonFactory();

    String payload(JournalEvent event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> f : EventSchema.of(event).values(event).entrySet()) {
                if (f.getValue() instanceof Integer n) {
                    g.writeNumberField(f.getKey(), n);
                } else if (f.getValue() instanceof Long n) {
                    g.writeNumberField(f.getKey(), n);
                } else if (f.getValue() instanceof Boolean b) {
                    g.writeBooleanField(f.getKey(), b);
                } else {
                    g.writeStringField(f.getKey(), sealed(f.getKey(), f.getValue().toString()));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new StoreException("could not encode an event: " + e.getMessage(), e);
        }
        return out.toString();
    }

    JournalEvent decode(String kind, LocalDate at, String payload) {
        return EventSchema.read(kind, at, EMPTY.equals(payload) ? Map.of() : opened(fields(payload)));
    }

    private String sealed(String field, String value) {
        JournalKey k = key;
        return k == null || FOLD_FIELDS.contains(field) ? value : k.seal(field, value);
    }

    private Map<String, Object> opened(Map<String, Object> fields) {
        JournalKey k = key;
        if (k == null) {
            return fields; // a clear journal: even a text that happens to begin with "enc:v1:" is just that text
        }
        fields.replaceAll((name, value) -> value instanceof String s && !FOLD_FIELDS.contains(name) ? k.open(name, s) : value);
        return fields;
    }

    private static Map<String, Object> fields(String payload) {
        Map<String, Object> f = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new StoreException("a stored event's data is not a JSON object: " + payload);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (value) {
                    case VALUE_NULL -> { }
                    case VALUE_NUMBER_INT -> f.put(name, p.getIntValue());
                    case VALUE_TRUE, VALUE_FALSE -> f.put(name, p.getBooleanValue());
                    case VALUE_STRING -> f.put(name, p.getText());
                    default -> p.skipChildren(); // a field a later version added: not ours to read
                }
            }
        } catch (IOException e) {
            throw new StoreException("a stored event's data is not JSON: " + e.getMessage(), e);
        }
        return f;
    }
}
