package org.rekindle.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rekindle.journey.JournalEvent.*;

/**
 * Every kind of event, declared once: its name, its fields and their checks, how to make the
 * record from checked values and how to read the values back. The store's codec, the export file,
 * the API's and the log form's input, the {@code log} help and the fold's slim read all go through
 * here, so a new kind is its record in {@link JournalEvent}, one entry in {@link #TYPES}, and what
 * the {@link JourneyEngine} makes of it.
 */
public final class EventSchema {

    /** Longest free text kept with an event: a message, a note, a journal entry. */
    public static final int MAX_TEXT = 5_000;

    /**
     * One kind of event.
     *
     * @param name     what it is called on the command line, in JSON and in storage; stable, stored data uses it
     * @param loggable whether {@code log} and {@code POST /api/events} take it (journal entries have their own way in)
     * @param title    how the log form offers it
     * @param hint     a sentence under the title, or empty
     */
    public record EventType<E extends JournalEvent>(String name, Class<E> record, boolean loggable, String title,
                                                    String hint, List<EventField> fields, Function<Values, E> factory,
                                                    Function<E, List<Object>> reader) {

        /** The field of this name, or null. */
        public EventField field(String fieldName) {
            for (EventField f : fields) {
                if (f.name().equals(fieldName)) {
                    return f;
                }
            }
            return null;
        }

        /** The one word the fold reads ({@code meeting}, {@code outcome}, {@code response}), or null for none. */
        public EventField foldField() {
            for (EventField f : fields) {
                if (f.form() == EventField.Form.WORD) {
                    return f;
                }
            }
            return null;
        }

        /** The event's field values, by name, in declaration order; absent ones left out. */
        public Map<String, Object> values(JournalEvent event) {
            List<Object> values = reader.apply(record.cast(event));
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                if (values.get(i) != null) {
                    out.put(fields.get(i).name(), values.get(i));
                }
            }
            return out;
        }
    }

    /** Checked values for a factory: the day, and each field as a String (text, word) or an Integer (mood). */
    public record Values(LocalDate at, Map<String, Object> fields) {
        public String text(String name) {
            return (String) fields.get(name);
        }

        public String word(String name) {
            return (String) fields.get(name);
        }

        public Integer number(String name) {
            return (Integer) fields.get(name);
        }

        /** The word as the enum constant it names ({@code needs-time} → {@code NEEDS_TIME}). */
        public <T extends Enum<T>> T choice(String name, Class<T> type) {
            return Enum.valueOf(type, word(name).toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final EventField TEXT = EventField.text("text", false, "What you wrote (optional)");
    private static final EventField NOTE = EventField.text("note", false, "A few words to remember it by (optional)");

    private static final List<EventType<?>> TYPES = List.of(
            type("contact", ContactMade.class, "Contact during the cooling-off",
                    "Any contact while giving them space restarts the clock.", List.of(),
                    v -> new ContactMade(v.at()), e -> List.of()),
            type("text-sent", TextSent.class, "I sent a text", "The first friendly, short text, or a text later on.",
                    List.of(TEXT), v -> new TextSent(v.at(), v.text("text")), e -> values(e.text())),
            type("reply", ReplyReceived.class, "They replied", "", List.of(),
                    v -> new ReplyReceived(v.at()), e -> List.of()),
            type("call", CallHeld.class, "We talked on the phone", "",
                    List.of(EventField.word("meeting", false, "not-agreed", "Did you agree to meet?", "did you agree to meet?",
                            "not-agreed", "No meeting agreed", "agreed", "We agreed to meet")),
                    v -> new CallHeld(v.at(), "agreed".equals(v.word("meeting"))),
                    e -> values(e.meetingAgreed() ? "agreed" : "not-agreed")),
            type("meeting", MeetingHeld.class, "We met", "",
                    List.of(EventField.word("outcome", false, "mixed", "How did it go?", "how did it go?",
                            "well", "Well", "mixed", "Mixed", "badly", "Badly")),
                    v -> new MeetingHeld(v.at(), v.choice("outcome", MeetingOutcome.class)),
                    e -> values(e.outcome().word())),
            type("explained", ReasonExplained.class, "I explained why I reached out", "", List.of(),
                    v -> new ReasonExplained(v.at()), e -> List.of()),
            type("feelings", FeelingsShared.class, "I shared my feelings", "",
                    List.of(EventField.word("response", true, null, "What did they say?", "what did they say?",
                            "interested", "They are interested", "needs-time", "They need time",
                            "not-interested", "They are not interested")),
                    v -> new FeelingsShared(v.at(), v.choice("response", FeelingsResponse.class)),
                    e -> values(e.response().word())),
            type("appeal", AppealMade.class, "I made the one final appeal", "",
                    List.of(EventField.word("response", true, null, "What did they say?", "what did they say?",
                            "accepted", "They accepted", "declined", "They declined")),
                    v -> new AppealMade(v.at(), v.choice("response", AppealResponse.class)),
                    e -> values(e.response().word())),
            type("no-contact-request", NoContactRequested.class, "They asked for no contact",
                    "This is final: the coach will not suggest contact again.", List.of(),
                    v -> new NoContactRequested(v.at()), e -> List.of()),
            type("apology", ApologyMade.class, "I apologized", "", List.of(),
                    v -> new ApologyMade(v.at()), e -> List.of()),
            type("forgiveness", ForgivenessGiven.class, "I forgave them", "", List.of(),
                    v -> new ForgivenessGiven(v.at()), e -> List.of()),
            type("new-memory", NewMemoryMade.class, "We made a new memory", "", List.of(NOTE),
                    v -> new NewMemoryMade(v.at(), v.text("note")), e -> values(e.note())),
            type("moving-on", MovedOn.class, "I am moving on", "You may end the journey at any time.", List.of(),
                    v -> new MovedOn(v.at()), e -> List.of()),
            new EventType<>("journal", Reflection.class, false, "A private journal entry", "",
                    List.of(EventField.text("text", true, "the journal entry"), EventField.mood("mood", "How you feel, 1 (low) to 5 (good)")),
                    v -> new Reflection(v.at(), v.text("text"), v.number("mood")), e -> values(e.text(), e.mood())));

    private static final Map<String, EventType<?>> BY_NAME = new HashMap<>();
    private static final Map<Class<?>, EventType<?>> BY_RECORD = new HashMap<>();

    static {
        for (EventType<?> t : TYPES) {
            BY_NAME.put(t.name(), t);
            BY_RECORD.put(t.record(), t);
        }
    }

    private EventSchema() {
    }

    private static <E extends JournalEvent> EventType<E> type(String name, Class<E> record, String title, String hint,
                                                             List<EventField> fields, Function<Values, E> factory,
                                                             Function<E, List<Object>> reader) {
        return new EventType<>(name, record, true, title, hint, fields, factory, reader);
    }

    private static List<Object> values(Object... values) {
        return java.util.Arrays.asList(values);
    }

    /** Every kind, in the order the help and the log form list them. */
    public static List<EventType<?>> all() {
        return TYPES;
    }

    /** The kinds {@code log} takes. */
    public static List<EventType<?>> loggable() {
        return TYPES.stream().filter(EventType::loggable).toList();
    }

    /** The loggable kinds' names, as help and messages list them. */
    public static String loggableNames() {
        return loggable().stream().map(EventType::name).collect(Collectors.joining(", "));
    }

    /** Every field any kind has, once each, in the order first declared. */
    public static List<String> fieldNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        TYPES.forEach(t -> t.fields().forEach(f -> names.add(f.name())));
        return List.copyOf(names);
    }

    /** The fields the fold reads, one per kind at most (see {@link EventType#foldField()}). */
    public static List<String> foldFields() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        TYPES.forEach(t -> {
            if (t.foldField() != null) {
                names.add(t.foldField().name());
            }
        });
        return List.copyOf(names);
    }

    /** The kind of an event. */
    @SuppressWarnings("unchecked")
    public static <E extends JournalEvent> EventType<E> of(E event) {
        return (EventType<E>) BY_RECORD.get(event.getClass());
    }

    /** The kind of this name (stored, or as typed: {@code TEXT_SENT} reads as {@code text-sent}). */
    public static EventType<?> named(String name) {
        EventType<?> exact = BY_NAME.get(name);
        if (exact != null) {
            return exact; // the stored form: no case folding needed
        }
        EventType<?> t = name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (t == null) {
            throw new Rejection.Refused(Rejection.general("unknown event kind '" + name + "'", "use one of " + loggableNames()));
        }
        return t;
    }

    /**
     * Checks what someone gave for an event of kind {@code type} on day {@code at} and makes it:
     * each field given must belong to the kind, texts are stripped and at most {@link #MAX_TEXT}
     * long, words must be the kind's, a required one must be there. A {@link Rejection.Refused} otherwise.
     *
     * @param given field name to a String, or an Integer for a mood; null values count as not given
     */
    public static JournalEvent check(EventType<?> type, LocalDate at, Map<String, ?> given) {
        for (Map.Entry<String, ?> e : given.entrySet()) {
            if (e.getValue() != null && type.field(e.getKey()) == null) {
                throw new Rejection.Refused(Rejection.of(e.getKey(), "goes with " + kindsWith(e.getKey()) + " only",
                        "drop it, or log the kind it belongs to"));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (EventField f : type.fields()) {
            Object v = given.get(f.name());
            switch (f.form()) {
                case TEXT -> {
                    String s = (String) v;
                    if (s != null && s.length() > MAX_TEXT) {
                        throw new Rejection.Refused(Rejection.general("the text is " + s.length() + " characters long",
                                "keep it under " + MAX_TEXT));
                    }
                    s = s == null || s.isBlank() ? null : s.strip();
                    if (f.required() && s == null) {
                        throw new Rejection.Refused(Rejection.general(f.question() + " is empty", f.fix()));
                    }
                    values.put(f.name(), s);
                }
                case WORD -> values.put(f.name(), word(type, f, (String) v));
                case MOOD -> {
                    Integer mood = (Integer) v;
                    if (mood != null && (mood < 1 || mood > 5)) {
                        throw new Rejection.Refused(Rejection.general("mood " + mood + " is out of range", f.fix()));
                    }
                    values.put(f.name(), mood);
                }
            }
        }
        return type.factory().apply(new Values(at, values));
    }

    private static String word(EventType<?> type, EventField f, String given) {
        if (given == null) {
            if (f.required()) {
                throw new Rejection.Refused(new Rejection(type.name() + " needs ", f.name(), f.wordList(), f.fix()));
            }
            return f.fallback();
        }
        String key = given.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!f.words().contains(key)) {
            throw new Rejection.Refused(Rejection.of(f.name(), "'" + given + "' is not known", "use one of " + f.wordList()));
        }
        return key;
    }

    /** The loggable kinds that have a field of this name: {@code feelings and appeal}. */
    private static String kindsWith(String field) {
        List<String> kinds = new ArrayList<>();
        for (EventType<?> t : loggable()) {
            if (t.field(field) != null) {
                kinds.add(t.name());
            }
        }
        return kinds.isEmpty() ? "no kind" : String.join(" and ", kinds);
    }

    /** An event as stored: the same checks as {@link #check}, on what this build itself wrote. */
    public static JournalEvent read(String name, LocalDate at, Map<String, ?> stored) {
        return check(named(name), at, stored);
    }

    /**
     * An event as the fold needs it: its kind, its day and the one word that decides its effect
     * ({@link EventType#foldField()}); free text is not read, and stays absent.
     */
    public static JournalEvent forFold(String name, LocalDate at, String choice) {
        EventType<?> type = named(name);
        EventField f = type.foldField();
        Map<String, Object> values = new HashMap<>();
        if (f != null) {
            values.put(f.name(), choice == null ? f.fallback() : choice);
        }
        return type.factory().apply(new Values(at, values));
    }
}
