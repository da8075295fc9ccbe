package org.rekindle.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Journey;
import org.rekindle.journey.Logged;
import org.rekindle.journey.MeetingOutcome;

/**
 * Seeded random journeys and journals for the property tests: every kind of event, corrections
 * included, logged at random hours (so some retractions fall inside 24 hours and some outside).
 */
final class RandomJournals {

    private RandomJournals() {
    }

    static Journey journey(Random r) {
        return JourneyBuilder.COACH.journey("Sam", JourneyBuilder.BREAKUP, EndedBy.values()[r.nextInt(3)],
                r.nextBoolean(), r.nextBoolean() ? null : 1 + r.nextInt(90));
    }

    /** A journal of up to {@code max} entries, days rising from the breakup, each logged within a few days of its day. */
    static Journal journal(Random r, int max) {
        List<Logged> entries = new ArrayList<>();
        int day = 0;
        int count = 1 + r.nextInt(max);
        Instant lastLogged = JourneyBuilder.BREAKUP.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            day += r.nextInt(12);
            LocalDate at = JourneyBuilder.day(day);
            long version = entries.size() + 1;
            JournalEvent e = event(r, at, version);
            Instant logged = at.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(r.nextInt(60)));
            if (logged.isBefore(lastLogged)) {
                logged = lastLogged.plus(Duration.ofMinutes(1 + r.nextInt(3000)));
            }
            lastLogged = logged;
            entries.add(Logged.of(version, e, logged));
        }
        return new Journal(entries);
    }

    static JournalEvent event(Random r, LocalDate at, long version) {
        return switch (r.nextInt(20)) {
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
            case 14 -> new ExReachedOut(at, null);
            case 15 -> new PracticalContact(at, "the keys");
            // Most corrections take back the entry just logged: the mis-tap they exist for.
            case 16 -> version == 1 ? new MovedOn(at)
                    : new Retraction(at, r.nextInt(3) > 0 ? version - 1 : 1 + r.nextInt((int) version - 1), null);
            case 17 -> new SettingsChanged(at, r.nextBoolean() ? 1 + r.nextInt(90) : null,
                    r.nextBoolean() ? EndedBy.values()[r.nextInt(3)] : null, r.nextBoolean());
            default -> new MeetingHeld(at, MeetingOutcome.WELL);
        };
    }

    static long seed() {
        return Long.getLong("rekindle.seed", System.nanoTime());
    }
}
