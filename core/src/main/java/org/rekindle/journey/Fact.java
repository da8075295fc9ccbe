package org.rekindle.journey;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fold reads of a journal entry: its kind, its day and what decides its effect, never its free text (the
 * message, a note, a private entry's words). The store reads facts straight from its columns, without making an
 * event it would have to leave half-filled; a whole event gives its fact through {@link EventSchema#fact}.
 */
public sealed interface Fact {

    /** The day it happened, in the user's own zone. */
    LocalDate at();

    /**
     * A step of the story: what the user or the ex did, and the one word that decides what it does to the stage
     * ({@link EventSchema.EventType#foldField()}: whether a meeting was agreed, how a meeting went, the ex's
     * answer), or null for a kind without one.
     */
    record Move(Kind kind, LocalDate at, String word) implements Fact {
        public Move {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }

        public boolean meetingAgreed() {
            return MeetingAgreement.AGREED.word().equals(word);
        }

        public MeetingOutcome outcome() {
            return MeetingOutcome.parse(word);
        }

        public FeelingsResponse feelings() {
            return FeelingsResponse.parse(word);
        }

        public AppealResponse appeal() {
            return AppealResponse.parse(word);
        }
    }

    /** A correction: the entry of version {@code retracts} taken back (see {@link Retractions}). */
    record Retracted(LocalDate at, long retracts) implements Fact {
        public Retracted {
            Objects.requireNonNull(at, "at");
        }
    }

    /** A correction: the journey's settings changed, from the start (a settings change holds no free text). */
    record Settings(JournalEvent.SettingsChanged change) implements Fact {
        public Settings {
            Objects.requireNonNull(change, "change");
        }

        @Override
        public LocalDate at() {
            return change.at();
        }
    }
}
