package org.rekindle.app;

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

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.EventKind;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.MeetingAgreement;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.store.JournalStore;
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
 * format, a missing or wrong field, versions not 1, 2, 3… are each a {@link UserError} naming what.
 */
public final class JournalFile {

    /** The layout this build writes and the newest it reads. */
    public static final int FORMAT = 1;
    /** Far above a lifetime's journal (10,000 events are ~2 MB), far below harm. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Set<String> TOP = Set.of("format", "journey", "events");
    private static final Set<String> JOURNEY = Set.of("ex", "breakup", "ended_by", "hurtful", "cooling_days", "created_at");
    private static final Set<String> EVENT = Set.of("kind", "at", "text", "meeting", "outcome", "response", "note", "mood",
            "version", "recorded_at");

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

    /** What the workspace's journal holds now. */
    public static Contents of(Workspace w) {
        JourneyRecord r = w.record();
        return new Contents(r, w.stored(r));
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

    /** Stores what the file holds into an empty journal, all or nothing. */
    public static JourneyRecord restore(JournalStore store, Contents c) {
        return store.restore(c.journey(), c.events());
    }

    /**
     * Reads and checks a whole file as of {@code today}; {@code name} is how messages call it (a
     * path, or "the upload"). The file passes the same {@link InputChecks} as {@code init} and
     * {@code log}: it is no way around them.
     */
    public static Contents read(byte[] bytes, String name, LocalDate today) {
        if (bytes.length > MAX_BYTES) {
            throw new UserError(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: that is no rekindle export");
        }
        JsonNode top;
        try {
            top = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UserError(name + " is not a rekindle export: it is not valid JSON ("
                    + oneLine(e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
                    + ")");
        }
        if (top == null || !top.isObject()) {
            throw new UserError(name + " is not a rekindle export: it must be a JSON object with \"format\", \"journey\" and \"events\"");
        }
        JsonNode format = top.get("format");
        if (format == null || !format.isIntegralNumber() || !format.canConvertToInt()) {
            throw new UserError(name + " is not a rekindle export: it has no integer \"format\"");
        }
        if (format.intValue() > FORMAT) {
            throw new UserError(name + " was written by a newer rekindle (format " + format.intValue()
                    + "; this one reads up to " + FORMAT + "): update rekindle, then import it");
        }
        if (format.intValue() < 1) {
            throw new UserError(name + " has format " + format.intValue() + ", which no rekindle writes");
        }
        known(top, TOP, name);
        JsonNode j = top.get("journey");
        if (j == null || !j.isObject()) {
            throw new UserError(name + ": \"journey\" is missing or not an object");
        }
        String where = name + ", journey";
        known(j, JOURNEY, where);
        JourneyRecord journey;
        try {
            journey = new JourneyRecord(0, InputChecks.line(where + ": \"ex\"", requiredText(j, "ex", where),
                    org.rekindle.journey.Journey.MAX_NAME_LENGTH),
                    InputChecks.breakup(where + ": \"breakup\"", date(j, "breakup", where), today),
                    EndedBy.parse(requiredText(j, "ended_by", where)), bool(j, "hurtful", where),
                    optionalInt(j, "cooling_days", where),
                    InputChecks.recorded(where + ": \"created_at\"", instant(j, "created_at", where)));
            Workspace.coach().journey(journey.ex(), journey.breakup(), journey.endedBy(), journey.hurtful(),
                    journey.coolingDays());
        } catch (IllegalArgumentException e) {
            throw new UserError(where + ": " + oneLine(e.getMessage()));
        }
        JsonNode list = top.get("events");
        if (list == null || !list.isArray()) {
            throw new UserError(name + ": \"events\" is missing or not an array");
        }
        List<StoredEvent> events = new ArrayList<>(list.size());
        int i = 0;
        for (JsonNode e : list) {
            i++;
            String at = name + ", event " + i;
            if (!e.isObject()) {
                throw new UserError(at + " is not an object");
            }
            known(e, EVENT, at);
            JsonNode version = e.get("version");
            if (version == null || !version.isIntegralNumber() || version.longValue() != i) {
                throw new UserError(at + ": \"version\" must be " + i + " (versions run 1, 2, 3… in the order logged)");
            }
            try {
                events.add(new StoredEvent(i, event(e, at), InputChecks.recorded(at + ": \"recorded_at\"",
                        instant(e, "recorded_at", at))));
            } catch (IllegalArgumentException x) {
                throw new UserError(at + ": " + oneLine(x.getMessage()));
            }
            InputChecks.day(at + ": \"at\"", events.getLast().event().at(), journey.breakup(), today);
        }
        return new Contents(journey, events);
    }

    private static JournalEvent event(JsonNode e, String where) {
        String kindWord = requiredText(e, "kind", where);
        EventKind kind = EventKind.parse(kindWord);
        LocalDate day = date(e, "at", where);
        for (String f : new String[] {"text", "meeting", "outcome", "response", "note", "mood"}) {
            boolean fits = switch (f) {
                case "text" -> kind == EventKind.TEXT_SENT || kind == EventKind.JOURNAL;
                case "meeting" -> kind == EventKind.CALL;
                case "outcome" -> kind == EventKind.MEETING;
                case "response" -> kind == EventKind.FEELINGS || kind == EventKind.APPEAL;
                case "note" -> kind == EventKind.NEW_MEMORY;
                default -> kind == EventKind.JOURNAL;
            };
            if (e.has(f) && !fits) {
                throw new IllegalArgumentException("\"" + f + "\" does not go with " + kindWord);
            }
        }
        String text = InputChecks.text(where + ": \"text\"", optionalText(e, "text", where), LogEntry.MAX_TEXT);
        InputChecks.text(where + ": \"note\"", optionalText(e, "note", where), LogEntry.MAX_TEXT);
        return switch (kind) {
            case CONTACT -> new ContactMade(day);
            case TEXT_SENT -> new TextSent(day, text);
            case REPLY -> new ReplyReceived(day);
            case CALL -> new CallHeld(day, MeetingAgreement.parse(requiredText(e, "meeting", where)) == MeetingAgreement.AGREED);
            case MEETING -> new MeetingHeld(day, MeetingOutcome.parse(requiredText(e, "outcome", where)));
            case EXPLAINED -> new ReasonExplained(day);
            case FEELINGS -> new FeelingsShared(day, FeelingsResponse.parse(requiredText(e, "response", where)));
            case APPEAL -> new AppealMade(day, AppealResponse.parse(requiredText(e, "response", where)));
            case NO_CONTACT_REQUEST -> new NoContactRequested(day);
            case APOLOGY -> new ApologyMade(day);
            case FORGIVENESS -> new ForgivenessGiven(day);
            case NEW_MEMORY -> new NewMemoryMade(day, optionalText(e, "note", where));
            case MOVING_ON -> new MovedOn(day);
            case JOURNAL -> new Reflection(day, requiredText(e, "text", where), optionalInt(e, "mood", where));
        };
    }

    private static void known(JsonNode o, Set<String> allowed, String where) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new UserError(where + ": unknown field \"" + clip(f) + "\"");
            }
        }
    }

    private static String requiredText(JsonNode o, String field, String where) {
        String s = optionalText(o, field, where);
        if (s == null) {
            throw new UserError(where + ": \"" + field + "\" is missing");
        }
        return s;
    }

    private static String optionalText(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new UserError(where + ": \"" + field + "\" must be a string");
        }
        return n.textValue();
    }

    private static Integer optionalInt(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new UserError(where + ": \"" + field + "\" must be a whole number");
        }
        return n.intValue();
    }

    private static boolean bool(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || !n.isBoolean()) {
            throw new UserError(where + ": \"" + field + "\" must be true or false");
        }
        return n.booleanValue();
    }

    private static LocalDate date(JsonNode o, String field, String where) {
        String s = requiredText(o, field, where);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new UserError(where + ": \"" + field + "\" is '" + clip(s) + "', not a date YYYY-MM-DD");
        }
    }

    private static Instant instant(JsonNode o, String field, String where) {
        String s = requiredText(o, field, where);
        try {
            return Instant.parse(s);
        } catch (DateTimeException e) {
            throw new UserError(where + ": \"" + field + "\" is '" + clip(s) + "', not an instant like 2026-11-01T09:30:00Z");
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
