package org.rekindle.journey;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The names events go by on the command line, in the API and in storage. Stable: stored data uses them. */
public enum EventKind {
    CONTACT("contact"),
    TEXT_SENT("text-sent"),
    REPLY("reply"),
    CALL("call"),
    MEETING("meeting"),
    EXPLAINED("explained"),
    FEELINGS("feelings"),
    APPEAL("appeal"),
    NO_CONTACT_REQUEST("no-contact-request"),
    APOLOGY("apology"),
    FORGIVENESS("forgiveness"),
    NEW_MEMORY("new-memory"),
    MOVING_ON("moving-on"),
    EX_REACHED_OUT("ex-reached-out"),
    PRACTICAL("practical"),
    RETRACTION("retraction"),
    SETTINGS("settings"),
    JOURNAL("journal");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EventKind of(JournalEvent event) {
        return switch (event) {
            case JournalEvent.ContactMade e -> CONTACT;
            case JournalEvent.TextSent e -> TEXT_SENT;
            case JournalEvent.ReplyReceived e -> REPLY;
            case JournalEvent.CallHeld e -> CALL;
            case JournalEvent.MeetingHeld e -> MEETING;
            case JournalEvent.ReasonExplained e -> EXPLAINED;
            case JournalEvent.FeelingsShared e -> FEELINGS;
            case JournalEvent.AppealMade e -> APPEAL;
            case JournalEvent.NoContactRequested e -> NO_CONTACT_REQUEST;
            case JournalEvent.ApologyMade e -> APOLOGY;
            case JournalEvent.ForgivenessGiven e -> FORGIVENESS;
            case JournalEvent.NewMemoryMade e -> NEW_MEMORY;
            case JournalEvent.MovedOn e -> MOVING_ON;
            case JournalEvent.ExReachedOut e -> EX_REACHED_OUT;
            case JournalEvent.PracticalContact e -> PRACTICAL;
            case JournalEvent.Retraction e -> RETRACTION;
            case JournalEvent.SettingsChanged e -> SETTINGS;
            case JournalEvent.Reflection e -> JOURNAL;
        };
    }

    /**
     * Whether {@code log KIND} records it with the usual options. Journal entries, retractions
     * and settings changes have their own commands ({@code journal}, {@code log retract},
     * {@code settings}): each carries something other than a day and a detail.
     */
    public boolean isLoggable() {
        return this != JOURNAL && this != RETRACTION && this != SETTINGS;
    }

    /** The kinds a user may {@code log}, as help and error messages list them. */
    public static String loggable() {
        return Arrays.stream(values()).filter(EventKind::isLoggable).map(EventKind::label)
                .collect(Collectors.joining(", "));
    }

    private static final java.util.Map<String, EventKind> BY_LABEL = new java.util.HashMap<>();

    static {
        for (EventKind k : values()) {
            BY_LABEL.put(k.label, k);
        }
    }

    public static EventKind parse(String text) {
        EventKind exact = BY_LABEL.get(text);
        if (exact != null) {
            return exact; // the stored form: no case folding needed
        }
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (EventKind k : values()) {
            if (k.label.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + text + "': use one of " + loggable());
    }
}
