package org.rekindle.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Journey;
import org.rekindle.journey.Stage;
import org.rekindle.plan.PlannedStep;

/**
 * The plan never prints a date before the day asked about, and reads in date order, for thousands
 * of random journals asked about on random days; it starts with the step the status names, and is
 * empty once the journey has ended. Reproduce a failure with -Drekindle.seed=N.
 */
class PlanPropertyTest {

    private static final int JOURNALS = 5_000;
    private static final long SEED = RandomJournals.seed();

    @Test
    void neverBeforeTheDayAskedAboutAndInDateOrder() {
        Random random = new Random(SEED);
        int nonEmpty = 0;
        for (int n = 0; n < JOURNALS; n++) {
            long journalSeed = random.nextLong();
            Random r = new Random(journalSeed);
            Journey journey = RandomJournals.journey(r);
            Journal journal = RandomJournals.journal(r, 30);
            LocalDate last = journal.entries().getLast().fact().at();
            LocalDate asOf = JourneyBuilder.BREAKUP.plusDays(r.nextInt((int) (last.toEpochDay()
                    - JourneyBuilder.BREAKUP.toEpochDay()) + 60));
            List<PlannedStep> road = JourneyBuilder.COACH.plan(journey, journal, asOf);
            Status status = JourneyBuilder.COACH.status(journey, journal, asOf);
            String why = "seed " + SEED + " (journal " + n + ", seed " + journalSeed + ") asked " + asOf + ": " + road;
            LocalDate previous = asOf;
            for (PlannedStep p : road) {
                assertThat(p.earliest()).as(why).isNotNull();
                assertThat(p.earliest()).as("never before the day asked about, nor before the step above: " + why)
                        .isAfterOrEqualTo(previous);
                if (p.until() != null) {
                    assertThat(p.until()).as(why).isAfterOrEqualTo(p.earliest());
                }
                previous = p.earliest();
            }
            if (status.stage() == Stage.MOVING_ON) {
                assertThat(road).as(why).isEmpty();
            } else {
                nonEmpty++;
                assertThat(road).as(why).isNotEmpty();
                assertThat(road.getFirst().step()).as("the plan starts where the status stands: " + why)
                        .isEqualTo(status.next().step());
                if (status.next().earliest() != null) {
                    assertThat(road.getFirst().earliest()).as(why).isAfterOrEqualTo(status.next().earliest());
                }
            }
        }
        assertThat(nonEmpty).isGreaterThan(JOURNALS / 5);
    }
}
