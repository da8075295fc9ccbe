package org.rekindle.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.ApologyMade;
import org.rekindle.journey.JournalEvent.CallHeld;
import org.rekindle.journey.JournalEvent.FeelingsShared;
import org.rekindle.journey.JournalEvent.ForgivenessGiven;
import org.rekindle.journey.JournalEvent.MeetingHeld;
import org.rekindle.journey.JournalEvent.NewMemoryMade;
import org.rekindle.journey.JournalEvent.Reflection;
import org.rekindle.journey.JournalEvent.ReplyReceived;
import org.rekindle.journey.JournalEvent.TextSent;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Waits;

/**
 * A realistic, seeded journal for measurements: the same seed gives the same events, in the JMH
 * benchmarks and in the data folder that {@code status-startup.sh} times.
 *
 * <p>The journey (ended mutually, not hurtful, the playbook's default waits) goes the whole way:
 * reflections through the cooling-off, one text and a reply, texting, a call where a meeting is
 * agreed, good meetings, the feelings talk, forgiveness, then rebuilding. The rest of the
 * {@code size} events are a seeded mix spread day by day over about two years from the breakup:
 * about 40% texts, 30% replies, 15% reflections (with a mood), 7% calls, 6% meetings and
 * 2% new memories. The list is in logging order, which is day order.
 */
public final class Journals {

    /** The breakup of the benchmark journey. */
    public static final LocalDate BREAKUP = LocalDate.of(2024, 1, 1);
    /** The span the events cover, from the breakup. */
    public static final int DAYS = 730;
    /** The day asked about: the day after the last event. */
    public static final LocalDate AS_OF = BREAKUP.plusDays(DAYS + 1);
    /** Who ended it, in the benchmark journey. */
    public static final EndedBy ENDED_BY = EndedBy.MUTUAL;
    public static final long SEED = 20_260_901L;

    private static final String[] TEXTS = {
        "Saw the bakery we used to go to and thought of you. Hope you're well!",
        "How did the interview go?",
        "That song came on the radio today.",
        "Happy birthday! Hope it's a good one.",
        "Are you still up for the hike on Saturday?",
        "Thanks for yesterday, it was really nice.",
    };
    private static final String[] NOTES = {
        "Felt calm today. Went for a long walk.",
        "Hard morning; wrote it down instead of texting.",
        "Good talk with a friend about what went wrong.",
        "Proud I kept to the plan.",
    };

    private Journals() {
    }

    /** {@code size} events (at least 12), seeded with {@link #SEED}, for a journey with {@code waits}. */
    public static List<JournalEvent> journal(int size, Waits waits) {
        if (size < 12) {
            throw new IllegalArgumentException("a journal for measuring needs at least 12 events");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<JournalEvent> events = new ArrayList<>(size);
        LocalDate day = BREAKUP;

        // The cooling-off: only private reflections, a few of them.
        for (int i = 0; i < 3; i++) {
            day = day.plusDays(waits.coolingDays() / 4);
            events.add(new Reflection(day, pick(random, NOTES), 1 + random.nextInt(5)));
        }
        // Past it: the first text, the reply, a call that agrees a meeting, good meetings,
        // the feelings talk, forgiveness (no apology owed: ended mutually, nothing hurtful).
        day = BREAKUP.plusDays(waits.coolingDays() + 1);
        events.add(new TextSent(day, pick(random, TEXTS)));
        day = day.plusDays(1);
        events.add(new ReplyReceived(day));
        day = day.plusDays(3);
        events.add(new CallHeld(day, true));
        for (int i = 0; i < waits.meetingsBeforeFeelings(); i++) {
            day = day.plusDays(7);
            events.add(new MeetingHeld(day, MeetingOutcome.WELL));
        }
        day = day.plusDays(7);
        events.add(new FeelingsShared(day, FeelingsResponse.INTERESTED));
        day = day.plusDays(2);
        events.add(new ForgivenessGiven(day));

        // Rebuilding: the everyday mix, spread evenly over the days left.
        LocalDate first = day;
        int left = size - events.size();
        long span = DAYS - (first.toEpochDay() - BREAKUP.toEpochDay());
        for (int i = 0; i < left; i++) {
            LocalDate at = first.plusDays(span * i / left);
            int roll = random.nextInt(100);
            JournalEvent e;
            if (roll < 40) {
                e = new TextSent(at, pick(random, TEXTS));
            } else if (roll < 70) {
                e = new ReplyReceived(at);
            } else if (roll < 85) {
                e = new Reflection(at, pick(random, NOTES), 1 + random.nextInt(5));
            } else if (roll < 92) {
                e = new CallHeld(at, random.nextInt(3) == 0);
            } else if (roll < 98) {
                e = new MeetingHeld(at, random.nextInt(4) == 0 ? MeetingOutcome.MIXED : MeetingOutcome.WELL);
            } else {
                e = new NewMemoryMade(at, "Cooked dinner together.");
            }
            events.add(e);
        }
        return events;
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
