package org.rekindle.playbook;

import java.util.Set;

import org.rekindle.journey.Stage;

/**
 * What the coach says to a private journal entry of a given mood at a given stage.
 * Entries are tried in playbook order; the first that matches answers.
 */
public record JournalReply(Set<Mood> moods, Set<Stage> stages, Advice advice) {

    public JournalReply {
        moods = Set.copyOf(moods);
        stages = Set.copyOf(stages);
    }

    /** How an entry's mood (1 low to 5 good, or none given) is read. */
    public enum Mood {
        LOW, MIDDLE, GOOD, NONE;

        public static Mood of(Integer mood) {
            if (mood == null) {
                return NONE;
            }
            return mood <= 2 ? LOW : mood == 3 ? MIDDLE : GOOD;
        }
    }

    public boolean matches(Mood mood, Stage stage) {
        return moods.contains(mood) && stages.contains(stage);
    }
}
