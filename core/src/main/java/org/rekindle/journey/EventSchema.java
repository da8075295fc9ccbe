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
 * here, so a new kind is its name in {@link Kind}, its record in {@link JournalEvent}, one entry in {@link #TYPES}, and what
 * the {@link JourneyEngine} makes of it.
 */
public final class EventSchema {

    /** Longest free text kept with an event: a message, a note, a journal entry. */
    public static final int MAX_TEXT = 5_000;

    /**
     * One kind of event.
     *
     * @param kind     what it is called on the command line, in JSON and in storage ({@link Kind#word()})
     * @param loggable whether {@code log} and {@code POST /api/events} take it (journal entries have their own way in)
     * @param title    how the log form offers it
     * @param hint     a sentence under the title, or empty
     */
    public record EventType<E extends JournalEvent>(Kind kind, Class<E> record, boolean loggable, String title,
                                                    String hint, List<EventField> fields, Function<Values, E> factory,
                                                    Function<E, List<Object>> reader) {

        /** What it is called on the command line, in JSON and in storage; stable, stored data uses it. */
        public String name() {
            return kind.word();
        }

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

        public Boolean flag(String name) {
            return (Boolean) fields.get(name);
        }

        /** The word as the enum constant it names ({@code needs-time} → {@code NEEDS_TIME}). */
        public <T extends Enum<T>> T choice(String name, Class<T> type) {
            return Enum.valueOf(type, word(name).toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final EventField TEXT = EventField.text("text", false, "What you wrote (optional)");
    private static final EventField NOTE = EventField.text("note", false, "A few words to remember it by (optional)");

    private static final List<EventType<?>> TYPES = List.of(
            type(Kind.CONTACT, ContactMade.class, "Contact during the cooling-off",
                    "Any contact while giving them space restarts the clock.", List.of(),
                    v -> new ContactMade(v.at()), e -> List.of()),
            type(Kind.TEXT_SENT, TextSent.class, "I sent a text", "The first friendly, short text, or a text later on.",
                    List.of(TEXT), v -> new TextSent(v.at(), v.text("text")), e -> values(e.text())),
            type(Kind.REPLY, ReplyReceived.class, "They replied", "", List.of(),
                    v -> new ReplyReceived(v.at()), e -> List.of()),
            type(Kind.CALL, CallHeld.class, "We talked on the phone", "",
                    List.of(EventField.word("meeting", false, "not-agreed", "Did you agree to meet?", "did you agree to meet?",
                            "not-agreed", "No meeting agreed", "agreed", "We agreed to meet")),
                    v -> new CallHeld(v.at(), "agreed".equals(v.word("meeting"))),
                    e -> values(e.meetingAgreed() ? "agreed" : "not-agreed")),
            type(Kind.MEETING, MeetingHeld.class, "We met", "",
                    List.of(EventField.word("outcome", false, "mixed", "How did it go?", "how did it go?",
                            "well", "Well", "mixed", "Mixed", "badly", "Badly")),
                    v -> new MeetingHeld(v.at(), v.choice("outcome", MeetingOutcome.class)),
                    e -> values(e.outcome().word())),
            type(Kind.EXPLAINED, ReasonExplained.class, "I explained why I reached out", "", List.of(),
                    v -> new ReasonExplained(v.at()), e -> List.of()),
            type(Kind.FEELINGS, FeelingsShared.class, "I shared my feelings", "",
                    List.of(EventField.word("response", true, null, "What did they say?", "what did they say?",
                            "interested", "They are interested", "needs-time", "They need time",
                            "not-interested", "They are not interested")),
                    v -> new FeelingsShared(v.at(), v.choice("response", FeelingsResponse.class)),
                    e -> values(e.response().word())),
            type(Kind.APPEAL, AppealMade.class, "I made the one final appeal", "",
                    List.of(EventField.word("response", true, null, "What did they say?", "what did they say?",
                            "accepted", "They accepted", "declined", "They declined")),
                    v -> new AppealMade(v.at(), v.choice("response", AppealResponse.class)),
                    e -> values(e.response().word())),
            type(Kind.NO_CONTACT_REQUEST, NoContactRequested.class, "They asked for no contact",
                    "This is final: the coach will not suggest contact again.", List.of(),
                    v -> new NoContactRequested(v.at()), e -> List.of()),
            type(Kind.APOLOGY, ApologyMade.class, "I apologized", "", List.of(),
                    v -> new ApologyMade(v.at()), e -> List.of()),
            type(Kind.FORGIVENESS, ForgivenessGiven.class, "I forgave them", "", List.of(),
                    v -> new ForgivenessGiven(v.at()), e -> List.of()),
            type(Kind.NEW_MEMORY, NewMemoryMade.class, "We made a new memory", "", List.of(NOTE),
                    v -> new NewMemoryMade(v.at(), v.text("note")), e -> values(e.note())),
            type(Kind.MOVING_ON, MovedOn.class, "I am moving on", "You may end the journey at any time.", List.of(),
                    v -> new MovedOn(v.at()), e -> List.of()),
            type(Kind.EX_REACHED_OUT, ExReachedOut.class, "They reached out to me first",
                    "Their message is not your contact: it never restarts your cooling-off.", List.of(NOTE),
                    v -> new ExReachedOut(v.at(), v.text("note")), e -> values(e.note())),
            type(Kind.PRACTICAL, PracticalContact.class, "A practical message",
                    "Belongings, pets, the lease, children: recorded, never a step.", List.of(NOTE),
                    v -> new PracticalContact(v.at(), v.text("note")), e -> values(e.note())),
            new EventType<>(Kind.JOURNAL, Reflection.class, false, "A private journal entry",
                    "rekindle journal \"TEXT\" [--mood 1-5]; it is not logged as an event",
                    List.of(EventField.text("text", true, "the journal entry"), EventField.mood("mood", "How you feel, 1 (low) to 5 (good)")),
                    v -> new Reflection(v.at(), v.text("text"), v.number("mood")), e -> values(e.text(), e.mood())),
            new EventType<>(Kind.RETRACTION, Retraction.class, false, "A retraction",
                    "rekindle log retract VERSION [--why T]",
                    List.of(EventField.number("retracts", true, "the version of the entry it takes back"),
                            EventField.text("why", false, "what went wrong (optional)")),
                    v -> new Retraction(v.at(), v.number("retracts"), v.text("why")), e -> values(e.version(), e.why())),
            new EventType<>(Kind.SETTINGS, SettingsChanged.class, false, "A settings change",
                    "rekindle settings [--cooling-days N] [--ended-by me|them|mutual] [--hurtful|--not-hurtful]",
                    List.of(EventField.number("cooling_days", false, "days of no contact after the breakup"),
                            EventField.word("ended_by", false, null, "Who ended it?", "who ended it?",
                                    "me", "I did", "them", "They did", "mutual", "We both did"),
                            EventField.flag("hurtful", "Hurtful words were said")),
                    v -> new SettingsChanged(v.at(), v.number("cooling_days"),
                            v.word("ended_by") == null ? null : v.choice("ended_by", EndedBy.class), v.flag("hurtful")),
                    e -> values(e.coolingDays(), e.endedBy() == null ? null : e.endedBy().word(), e.hurtful())));

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

    private static <E extends JournalEvent> EventType<E> type(Kind kind, Class<E> record, String title, String hint,
                                                             List<EventField> fields, Function<Values, E> factory,
                                                             Function<E, List<Object>> reader) {
        return new EventType<>(kind, record, true, title, hint, fields, factory, reader);
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
            // corrections (retraction, settings) are read whole, with their versions: never through the slim read
            if (t.loggable() && t.foldField() != null) {
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
        return check(type, at, given, true);
    }

    /**
     * As {@link #check}, for what was stored or exported: a blank text reads as not given (older
     * journals stored an empty text), where input is refused for it.
     */
    public static JournalEvent read(EventType<?> type, LocalDate at, Map<String, ?> stored) {
        return check(type, at, stored, false);
    }

    private static JournalEvent check(EventType<?> type, LocalDate at, Map<String, ?> given, boolean input) {
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
                    if (input && s != null && s.isBlank() && !f.required()) {
                        // given, with nothing in it: a mistake, not a choice to leave it out
                        throw new Rejection.Refused(Rejection.of(f.name(), "is empty", "write a few words, or leave it out"));
                    }
                    s = s == null || s.isBlank() ? null : s.strip();
                    if (f.required() && s == null) {
                        throw new Rejection.Refused(Rejection.general(f.question() + " is empty", f.fix()));
                    }
                    values.put(f.name(), s);
                }
                case WORD -> values.put(f.name(), word(type, f, (String) v));
                case NUMBER -> {
                    if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                        v = l.intValue(); // a version read back from a record: the same number
                    }
                    if (v != null && !(v instanceof Integer)) {
                        throw new Rejection.Refused(Rejection.of(f.name(), "must be a whole number", f.fix()));
                    }
                    if (f.required() && v == null) {
                        throw new Rejection.Refused(Rejection.of(f.name(), "is missing", f.fix()));
                    }
                    values.put(f.name(), v);
                }
                case FLAG -> {
                    if (v != null && !(v instanceof Boolean)) {
                        throw new Rejection.Refused(Rejection.of(f.name(), "must be true or false", f.fix()));
                    }
                    values.put(f.name(), v);
                }
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
        if (kinds.isEmpty()) {
            return "no kind";
        }
        // "feelings and appeal"; "new-memory, ex-reached-out and practical"
        return kinds.size() == 1 ? kinds.get(0)
                : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.getLast();
    }

    /** An event as stored: the same checks as {@link #check}, on what this build itself wrote. */
    public static JournalEvent read(String name, LocalDate at, Map<String, ?> stored) {
        return read(named(name), at, stored);
    }

    /**
     * What the fold reads of an event of kind {@code name} stored on day {@code at}, from the one word that decides
     * its effect ({@link EventType#foldField()}; null: not stored, so the field's fallback). Corrections are read
     * whole, with {@link #fact(JournalEvent)}.
     */
    public static Fact.Move move(String name, LocalDate at, String word) {
        EventType<?> type = named(name);
        EventField f = type.foldField();
        return new Fact.Move(type.kind(), at, f == null ? null : word == null ? f.fallback() : word);
    }

    /** What the fold reads of a whole event: everything but its free text. */
    public static Fact fact(JournalEvent event) {
        return switch (event) {
            case Retraction r -> new Fact.Retracted(r.at(), r.version());
            case SettingsChanged c -> new Fact.Settings(c);
            default -> {
                EventType<?> type = of(event);
                EventField f = type.foldField();
                yield new Fact.Move(type.kind(), event.at(), f == null ? null : (String) type.values(event).get(f.name()));
            }
        };
    }
}
