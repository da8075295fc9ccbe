package org.rekindle.app.transfer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.rekindle.app.Coaching;
import org.rekindle.app.InputChecks;
import org.rekindle.app.InvalidInput;
import org.rekindle.app.journey.EventJson;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.Journey;
import org.rekindle.journey.Rejection;
import java.util.HashMap;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;

/**
 * The whole journal as one JSON file: {@code rekindle export}, {@code GET /api/export},
 * {@code rekindle import}, {@code POST /api/import}. A top-level integer {@code "format"} says which
 * layout it is; the journey's settings and every event (journal entries too) with its version and the
 * moment it was logged, and nothing that depends on where it was stored (no ids), so an export, an
 * import elsewhere and an export again give the same bytes.
 *
 * <p>{@link #read} checks the whole file before anything is stored: a file that is not JSON, a newer
 * format, a missing or wrong field, versions not 1, 2, 3… are each an {@link InvalidInput} naming what.
 *
 * <p>Format 2 added the kinds {@code ex-reached-out} and {@code practical} ({@code note}),
 * {@code retraction} ({@code retracts}, {@code why}) and {@code settings} ({@code cooling_days},
 * {@code ended_by}, {@code hurtful}); a format 1 file is a format 2 file without them, and still imports.
 */
public final class JournalFile {

    /** The layout this build writes and the newest it reads. */
    public static final int FORMAT = 2;
    /** Far above a lifetime's journal (10,000 events are ~2 MB), far below harm. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Set<String> TOP = Set.of("format", "journey", "events");
    private static final Set<String> JOURNEY = Set.of("ex", "breakup", "ended_by", "hurtful", "cooling_days", "created_at");
    private static final Set<String> EVENT = eventFields();

    private static Set<String> eventFields() {
        Set<String> names = new java.util.HashSet<>(Set.of("kind", "at", "version", "recorded_at"));
        names.addAll(EventSchema.fieldNames());
        return Set.copyOf(names);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** A journal as the file holds it: the journey's settings (its id unused) and its events, oldest version first. */
    public record Contents(JourneyRecord journey, List<StoredEvent> events) {
    }

    private JournalFile() {
    }

    public static byte[] write(Contents c) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("format", FORMAT);
        JourneyRecord r = c.journey();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("ex", r.ex());
        j.put("breakup", r.breakup().toString());
        j.put("ended_by", r.endedBy().word());
        j.put("hurtful", r.hurtful());
        j.put("cooling_days", r.coolingDays());
        j.put("created_at", r.createdAt().toString());
        top.put("journey", j);
        List<Map<String, Object>> events = new ArrayList<>();
        for (StoredEvent s : c.events()) {
            events.add(EventJson.json(s, Optional.empty(), null));
        }
        top.put("events", events);
        try {
            byte[] json = WRITER.writeValueAsBytes(top);
            byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not write the export", e);
        }
    }

    /**
     * Reads and checks a whole file as of {@code today}; {@code name} is how messages call it (a path,
     * or "the upload"). The file passes the same {@link InputChecks} as {@code init} and {@code log}:
     * it is no way around them.
     */
    public static Contents read(byte[] bytes, String name, LocalDate today) {
        try {
            return checked(bytes, name, today);
        } catch (InvalidInput x) {
            if (x.rejection().field() == null) {
                throw x;
            }
            throw refused(name + ": " + x.sentence(f -> "\"" + f + "\""));
        }
    }

    private static Contents checked(byte[] bytes, String name, LocalDate today) {
        if (bytes.length > MAX_BYTES) {
            throw refused(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: that is no rekindle export");
        }
        JsonNode top;
        try {
            top = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw refused(name + " is not a rekindle export: it is not valid JSON ("
                    + oneLine(e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
                    + ")");
        }
        if (top == null || !top.isObject()) {
            throw refused(name + " is not a rekindle export: it must be a JSON object with \"format\", \"journey\" and \"events\"");
        }
        JsonNode format = top.get("format");
        if (format == null || !format.isIntegralNumber() || !format.canConvertToInt()) {
            throw refused(name + " is not a rekindle export: it has no integer \"format\"");
        }
        if (format.intValue() > FORMAT) {
            throw refused(name + " was written by a newer rekindle (format " + format.intValue()
                    + "; this one reads up to " + FORMAT + "): update rekindle, then import it");
        }
        if (format.intValue() < 1) {
            throw refused(name + " has format " + format.intValue() + ", which no rekindle writes");
        }
        known(top, TOP, name);
        JsonNode j = top.get("journey");
        if (j == null || !j.isObject()) {
            throw refused(name + ": \"journey\" is missing or not an object");
        }
        String where = name + ", journey";
        known(j, JOURNEY, where);
        JourneyRecord journey;
        try {
            journey = new JourneyRecord(0, InputChecks.line("ex", requiredText(j, "ex", where), Journey.MAX_NAME_LENGTH),
                    InputChecks.breakup("breakup", date(j, "breakup", where), today),
                    EndedBy.parse(requiredText(j, "ended_by", where)), bool(j, "hurtful", where),
                    optionalInt(j, "cooling_days", where), InputChecks.recorded("created_at", instant(j, "created_at", where)));
            Coaching.bundled().coach().journey(journey.ex(), journey.breakup(), journey.endedBy(), journey.hurtful(),
                    journey.coolingDays());
        } catch (IllegalArgumentException e) {
            throw refused(where + ": " + oneLine(e.getMessage()));
        }
        JsonNode list = top.get("events");
        if (list == null || !list.isArray()) {
            throw refused(name + ": \"events\" is missing or not an array");
        }
        List<StoredEvent> events = new ArrayList<>(list.size());
        int i = 0;
        for (JsonNode e : list) {
            i++;
            String at = name + ", event " + i;
            if (!e.isObject()) {
                throw refused(at + " is not an object");
            }
            known(e, EVENT, at);
            JsonNode version = e.get("version");
            if (version == null || !version.isIntegralNumber() || version.longValue() != i) {
                throw refused(at + ": \"version\" must be " + i + " (versions run 1, 2, 3… in the order logged)");
            }
            try {
                events.add(new StoredEvent(i, event(e, at), InputChecks.recorded("event " + i + " recorded_at",
                        instant(e, "recorded_at", at))));
            } catch (IllegalArgumentException x) {
                throw refused(at + ": " + oneLine(x.getMessage()));
            }
            InputChecks.day("event " + i + " at", events.getLast().event().at(), journey.breakup(), today);
        }
        return new Contents(journey, events);
    }

    private static JournalEvent event(JsonNode e, String where) {
        EventSchema.EventType<?> type;
        try {
            type = EventSchema.named(requiredText(e, "kind", where));
        } catch (Rejection.Refused x) {
            throw refused(where + ": " + x.getMessage());
        }
        LocalDate day = date(e, "at", where);
        Map<String, Object> fields = new HashMap<>();
        for (String f : EventSchema.fieldNames()) {
            JsonNode n = e.get(f);
            if (n != null && type.field(f) == null) {
                throw refused(where + ": \"" + f + "\" does not go with " + type.name());
            }
            if (n != null && !n.isNull()) {
                fields.put(f, n.isIntegralNumber() && n.canConvertToInt() ? (Object) n.intValue()
                        : n.isBoolean() ? (Object) n.booleanValue() : optionalText(e, f, where));
            }
        }
        InputChecks.texts(fields);
        try {
            return EventSchema.read(type, day, fields); // as stored: an older empty text reads as none
        } catch (Rejection.Refused x) {
            throw refused(where + ": " + x.getMessage());
        } catch (ClassCastException x) {
            throw refused(where + ": a field has the wrong type: text and words are strings, a mood or a version a whole number, "
                    + "hurtful true or false");
        }
    }

    /** A sentence "what: how to fix it" as a refusal of the file. */
    private static InvalidInput refused(String sentence) {
        int colon = sentence.lastIndexOf(": ");
        return colon < 0 ? InvalidInput.general(sentence, "check the file, or export the journal again")
                : InvalidInput.general(sentence.substring(0, colon), sentence.substring(colon + 2));
    }

    private static void known(JsonNode o, Set<String> allowed, String where) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw refused(where + ": unknown field \"" + clip(f) + "\"");
            }
        }
    }

    private static String requiredText(JsonNode o, String field, String where) {
        String s = optionalText(o, field, where);
        if (s == null) {
            throw refused(where + ": \"" + field + "\" is missing");
        }
        return s;
    }

    private static String optionalText(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw refused(where + ": \"" + field + "\" must be a string");
        }
        return n.textValue();
    }

    private static Integer optionalInt(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw refused(where + ": \"" + field + "\" must be a whole number");
        }
        return n.intValue();
    }

    private static boolean bool(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || !n.isBoolean()) {
            throw refused(where + ": \"" + field + "\" must be true or false");
        }
        return n.booleanValue();
    }

    private static LocalDate date(JsonNode o, String field, String where) {
        String s = requiredText(o, field, where);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw refused(where + ": \"" + field + "\" is '" + clip(s) + "', not a date YYYY-MM-DD");
        }
    }

    private static Instant instant(JsonNode o, String field, String where) {
        String s = requiredText(o, field, where);
        try {
            return Instant.parse(s);
        } catch (DateTimeException e) {
            throw refused(where + ": \"" + field + "\" is '" + clip(s) + "', not an instant like 2026-11-01T09:30:00Z");
        }
    }

    private static String clip(String s) {
        String one = oneLine(s);
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
