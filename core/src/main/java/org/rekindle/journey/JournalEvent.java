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

    record TextSent(LocalDate at, String text) implements JournalEvent {
        public TextSent { Objects.requireNonNull(at, "at"); }
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
        public NewMemoryMade { Objects.requireNonNull(at, "at"); }
    }

    /** The user chose to end the journey. */
    record MovedOn(LocalDate at) implements JournalEvent {
        public MovedOn { Objects.requireNonNull(at, "at"); }
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
