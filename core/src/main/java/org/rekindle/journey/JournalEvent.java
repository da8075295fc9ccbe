package org.rekindle.journey;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened, as the user logged it: past-tense facts, dated with a local date.
 * The stage is never stored; it is folded from these (see {@link JourneyEngine}).
 */
public sealed interface JournalEvent {

    /** The day it happened, in the user's own zone. */
    LocalDate at();

    /** The name the user types for it ({@code rekindle log KIND}) and the name it is stored under. */
    default String kind() {
        return EventSchema.of(this).name();
    }

    /** The user contacted the ex while still giving them space. */
    record ContactMade(LocalDate at) implements JournalEvent {
        public ContactMade { Objects.requireNonNull(at, "at"); }
    }

    /** The text the user sent; {@code text} is optional, and blank counts as not given. */
    record TextSent(LocalDate at, String text) implements JournalEvent {
        public TextSent {
            Objects.requireNonNull(at, "at");
            text = words(text);
        }
    }

    record ReplyReceived(LocalDate at) implements JournalEvent {
        public ReplyReceived { Objects.requireNonNull(at, "at"); }
    }

    /** A phone call; {@code meetingAgreed} when the ex said yes to meeting. */
    record CallHeld(LocalDate at, boolean meetingAgreed) implements JournalEvent {
        public CallHeld { Objects.requireNonNull(at, "at"); }
    }

    record MeetingHeld(LocalDate at, MeetingOutcome outcome) implements JournalEvent {
        public MeetingHeld {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The user told the ex honestly why they reached out again (L11). */
    record ReasonExplained(LocalDate at) implements JournalEvent {
        public ReasonExplained { Objects.requireNonNull(at, "at"); }
    }

    record FeelingsShared(LocalDate at, FeelingsResponse response) implements JournalEvent {
        public FeelingsShared {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(response, "response");
        }
    }

    record AppealMade(LocalDate at, AppealResponse response) implements JournalEvent {
        public AppealMade {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(response, "response");
        }
    }

    /** The ex asked not to be contacted. Final: see {@link Stage#MOVING_ON}. */
    record NoContactRequested(LocalDate at) implements JournalEvent {
        public NoContactRequested { Objects.requireNonNull(at, "at"); }
    }

    record ApologyMade(LocalDate at) implements JournalEvent {
        public ApologyMade { Objects.requireNonNull(at, "at"); }
    }

    /** The user marks that they have forgiven the ex: their own step (L24). */
    record ForgivenessGiven(LocalDate at) implements JournalEvent {
        public ForgivenessGiven { Objects.requireNonNull(at, "at"); }
    }

    record NewMemoryMade(LocalDate at, String note) implements JournalEvent {
        public NewMemoryMade {
            Objects.requireNonNull(at, "at");
            note = words(note);
        }
    }

    /** The user chose to end the journey. */
    record MovedOn(LocalDate at) implements JournalEvent {
        public MovedOn { Objects.requireNonNull(at, "at"); }
    }

    /**
     * The ex got in touch first, in any stage. Their message is not the user's contact: it never
     * restarts the cooling-off (L1 asks the user for the time apart, not the ex).
     */
    record ExReachedOut(LocalDate at, String note) implements JournalEvent {
        public ExReachedOut {
            Objects.requireNonNull(at, "at");
            note = words(note);
        }
    }

    /**
     * Logistics the guide does not govern: belongings, pets, the lease, children. Recorded, never
     * a step of the reconnection, never a break of the cooling-off.
     */
    record PracticalContact(LocalDate at, String note) implements JournalEvent {
        public PracticalContact {
            Objects.requireNonNull(at, "at");
            note = words(note);
        }
    }

    /**
     * A correction: the entry with journal version {@code version} was logged by mistake. The
     * journal stays append-only; the fold leaves the retracted entry out (see {@link JourneyEngine}).
     */
    record Retraction(LocalDate at, long version, String why) implements JournalEvent {
        public Retraction {
            Objects.requireNonNull(at, "at");
            if (version < 1) {
                throw new Rejection.Refused(Rejection.general("VERSION " + version + " is not a journal version",
                        "use the number 'history --json' shows for the entry"));
            }
            why = words(why);
        }
    }

    /**
     * The journey's own facts changed or corrected: the cooling-off days, who ended it, hurtful
     * words. Null fields stay as they were. They describe the whole journey, so they count for
     * every day asked about.
     */
    record SettingsChanged(LocalDate at, Integer coolingDays, EndedBy endedBy, Boolean hurtful) implements JournalEvent {
        public SettingsChanged {
            Objects.requireNonNull(at, "at");
            if (coolingDays == null && endedBy == null && hurtful == null) {
                throw new Rejection.Refused(Rejection.general("nothing to change",
                        "give the cooling-off days, who ended it, or whether hurtful words were said"));
            }
            if (coolingDays != null && (coolingDays < 1 || coolingDays > Waits.MAX_DAYS)) {
                throw new Rejection.Refused(Rejection.of("cooling_days", "must be between 1 and " + Waits.MAX_DAYS
                        + ", not " + coolingDays, "give a whole number of days"));
            }
        }

        /** The journey with these changes applied. */
        public Journey applyTo(Journey j) {
            return new Journey(j.ex(), j.breakup(), endedBy == null ? j.endedBy() : endedBy,
                    hurtful == null ? j.hurtful() : hurtful,
                    coolingDays == null ? j.waits() : j.waits().withCoolingDays(coolingDays));
        }
    }

    /**
     * Free text as events keep it: stripped, and blank taken as not given (older journals stored
     * an empty text). Input that must not be empty is refused before this, by {@link EventSchema#check}.
     */
    private static String words(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    /** A private reflection: never shown to anyone, never moves the stage. */
    record Reflection(LocalDate at, String text, Integer mood) implements JournalEvent {
        public Reflection {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("the journal entry is empty: write a few words");
            }
            if (mood != null && (mood < 1 || mood > 5)) {
                throw new IllegalArgumentException("mood " + mood + " is out of range: use 1 (low) to 5 (good)");
            }
        }
    }
}
