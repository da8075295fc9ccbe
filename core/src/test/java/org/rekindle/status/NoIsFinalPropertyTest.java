package org.rekindle.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.Journey;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Stage;
import org.rekindle.plan.PlannedStep;

/**
 * A no is final: over thousands of random journals, once the ex asks for no contact or declines
 * the final appeal, every later day finds the journey in MOVING_ON with no contact suggested,
 * whatever is logged after. Reproduce a failure with -Drekindle.seed=N (the seed is in the message).
 */
class NoIsFinalPropertyTest {

    private static final int JOURNALS = 5_000;
    private static final long SEED = Long.getLong("rekindle.seed", System.nanoTime());

    @Test
    void afterANoTheJourneyStaysEndedAndNeverSuggestsContact() {
        Random random = new Random(SEED);
        int ends = 0;
        for (int n = 0; n < JOURNALS; n++) {
            long journalSeed = random.nextLong();
            Random r = new Random(journalSeed);
            Journey journey = JourneyBuilder.COACH.journey("Sam", JourneyBuilder.BREAKUP,
                    EndedBy.values()[r.nextInt(3)], r.nextBoolean(), r.nextBoolean() ? null : 1 + r.nextInt(90));
            List<JournalEvent> events = new ArrayList<>();
            int day = 0;
            LocalDate finalNo = null;
            int finalNoDay = 0;
            int count = 1 + r.nextInt(40);
            for (int i = 0; i < count; i++) {
                day += r.nextInt(12);
                JournalEvent e = randomEvent(r, JourneyBuilder.day(day));
                events.add(e);
                if (finalNo == null && isFinalNo(e)) {
                    finalNo = e.at();
                    finalNoDay = day;
                }
            }
            if (finalNo == null) {
                continue;
            }
            ends++;
            String why = "seed " + SEED + " (journal " + n + ", seed " + journalSeed + "): " + events;
            for (int k = 0; k < 5; k++) {
                LocalDate asked = finalNo.plusDays(r.nextInt(day - finalNoDay + 400));
                Status s = JourneyBuilder.COACH.status(journey, events, asked);
                assertThat(s.stage()).as(why + " asked " + asked).isEqualTo(Stage.MOVING_ON);
                assertThat(s.contactsEx()).as(why + " asked " + asked).isFalse();
                assertThat(s.next().earliest()).as(why).isNull();
                List<PlannedStep> road = JourneyBuilder.COACH.plan(journey, events, asked);
                assertThat(road).as("the road ahead after a no, " + why).isEmpty();
            }
        }
        assertThat(ends).as("enough journals reached a final no to mean something").isGreaterThan(JOURNALS / 10);
    }

    private static boolean isFinalNo(JournalEvent e) {
        return e instanceof NoContactRequested
                || (e instanceof AppealMade a && a.response() == AppealResponse.DECLINED);
    }

    private static JournalEvent randomEvent(Random r, LocalDate at) {
        return switch (r.nextInt(15)) {
            case 0 -> new ContactMade(at);
            case 1, 2 -> new TextSent(at, "hey");
            case 3 -> new ReplyReceived(at);
            case 4 -> new CallHeld(at, r.nextBoolean());
            case 5 -> new MeetingHeld(at, MeetingOutcome.values()[r.nextInt(3)]);
            case 6 -> new ReasonExplained(at);
            case 7 -> new FeelingsShared(at, FeelingsResponse.values()[r.nextInt(3)]);
            case 8 -> new AppealMade(at, AppealResponse.values()[r.nextInt(2)]);
            case 9 -> new NoContactRequested(at);
            case 10 -> new ApologyMade(at);
            case 11 -> new ForgivenessGiven(at);
            case 12 -> new NewMemoryMade(at, null);
            case 13 -> new Reflection(at, "rough day", 1 + r.nextInt(5));
            default -> new MeetingHeld(at, MeetingOutcome.WELL);
        };
    }
}
