package org.rekindle.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Journey;
import org.rekindle.journey.Fact;
import org.rekindle.journey.Kind;
import org.rekindle.journey.Logged;
import org.rekindle.journey.Stage;
import org.rekindle.plan.PlannedStep;

/**
 * A no is final: over thousands of random journals, once the ex asks for no contact or declines
 * the final appeal, and that no stands (it was not retracted within 24 hours of being logged),
 * every later day finds the journey in MOVING_ON with no contact suggested, whatever is logged
 * after, retractions of other entries and settings changes included. Which nos stand is worked out
 * here by a simple reference model of the retraction rule, not by the code under test.
 * Reproduce a failure with -Drekindle.seed=N (the seed is in the message).
 */
class NoIsFinalPropertyTest {

    private static final int JOURNALS = 5_000;
    private static final long SEED = RandomJournals.seed();

    @Test
    void afterANoThatStandsTheJourneyStaysEndedAndNeverSuggestsContact() {
        Random random = new Random(SEED);
        int ends = 0;
        int retractedNos = 0;
        for (int n = 0; n < JOURNALS; n++) {
            long journalSeed = random.nextLong();
            Random r = new Random(journalSeed);
            Journey journey = RandomJournals.journey(r);
            Journal journal = RandomJournals.journal(r, 40);
            Set<Long> retracted = retractedByModel(journal);
            LocalDate finalNo = null;
            for (Logged l : journal.entries()) {
                if (isFinalNo(l.fact())) {
                    if (retracted.contains(l.version())) {
                        retractedNos++;
                    } else if (finalNo == null || l.fact().at().isBefore(finalNo)) {
                        finalNo = l.fact().at();
                    }
                }
            }
            if (finalNo == null) {
                continue;
            }
            ends++;
            LocalDate last = journal.entries().getLast().fact().at();
            String why = "seed " + SEED + " (journal " + n + ", seed " + journalSeed + "): " + journal.entries();
            for (int k = 0; k < 5; k++) {
                LocalDate asked = finalNo.plusDays(r.nextInt((int) (last.toEpochDay() - finalNo.toEpochDay()) + 400));
                Status s = JourneyBuilder.COACH.status(journey, journal, asked);
                assertThat(s.stage()).as(why + " asked " + asked).isEqualTo(Stage.MOVING_ON);
                assertThat(s.contactsEx()).as(why + " asked " + asked).isFalse();
                assertThat(s.next().earliest()).as(why).isNull();
                List<PlannedStep> road = JourneyBuilder.COACH.plan(journey, journal, asked);
                assertThat(road).as("the road ahead after a no, " + why).isEmpty();
            }
        }
        assertThat(ends).as("enough journals reached a final no to mean something").isGreaterThan(JOURNALS / 10);
        assertThat(retractedNos).as("enough nos were retracted to test that too").isGreaterThan(10);
    }

    /**
     * The retraction rule, written plainly: in journal order, a retraction takes back an earlier
     * entry that is not a retraction and not already taken back; a final no only within 24 hours.
     */
    private static Set<Long> retractedByModel(Journal journal) {
        Map<Long, Logged> byVersion = new HashMap<>();
        Set<Long> out = new HashSet<>();
        for (Logged l : journal.entries()) {
            if (l.fact() instanceof Fact.Retracted r) {
                Logged target = byVersion.get(r.retracts());
                boolean ok = target != null && !(target.fact() instanceof Fact.Retracted) && !out.contains(r.retracts())
                        && (!isFinalNo(target.fact())
                        || Duration.between(target.recordedAt(), l.recordedAt()).compareTo(Duration.ofHours(24)) <= 0);
                if (ok) {
                    out.add(r.retracts());
                }
            }
            byVersion.put(l.version(), l);
        }
        return out;
    }

    private static boolean isFinalNo(Fact f) {
        return f instanceof Fact.Move m && (m.kind() == Kind.NO_CONTACT_REQUEST
                || (m.kind() == Kind.APPEAL && "declined".equals(m.word())));
    }
}
