package org.rekindle.app.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rekindle.app.Coaching;
import org.rekindle.app.InvalidInput;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journal;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.Rejection;
import org.rekindle.journey.Retractions;
import org.rekindle.playbook.Advice;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;

/**
 * Takes back an entry logged by mistake: {@code rekindle log retract VERSION}, {@code POST
 * /api/retractions}. The journal stays append-only: a retraction is appended, and the fold leaves
 * the entry out. Refused, with nothing stored, when {@link Retractions} says no: a final no stands
 * once 24 hours have passed since it was logged.
 */
public final class RetractEntry {

    /** What was asked: the entry's version, and a few words on what went wrong (or null). */
    public record Request(long version, String why) {
    }

    /** The entry taken back (as it was stored), the journal after, and what the retraction means. */
    public record Retracted(StoredEvent target, LogEvent.Logged logged, Advice meaning) {
    }

    /**
     * A retraction the rule refuses ({@link Retractions}): a refusal like any other, worded here for the command
     * line and the API, and carrying why, so a page can word it for a person.
     */
    public static final class Refused extends InvalidInput {
        private final Retractions.Refusal why;
        private final long version;

        Refused(Retractions.Refusal why, long version, Rejection rejection) {
            super(rejection);
            this.why = why;
            this.version = version;
        }

        public Retractions.Refusal why() {
            return why;
        }

        public long version() {
            return version;
        }
    }

    private final Coaching coaching;

    public RetractEntry(Coaching coaching) {
        this.coaching = coaching;
    }

    /**
     * @param now the moment it is asked, by the caller's clock: the 24-hour limit is measured to it
     */
    public Retracted retract(JournalStore store, Request r, LocalDate today, Instant now) {
        if (r.why() != null && r.why().isBlank()) {
            throw InvalidInput.of("why", "is empty", "write a few words, or leave it out");
        }
        if (r.why() != null && r.why().length() > org.rekindle.journey.EventSchema.MAX_TEXT) {
            throw InvalidInput.general("the text is " + r.why().length() + " characters long",
                    "keep it under " + org.rekindle.journey.EventSchema.MAX_TEXT);
        }
        JourneyRecord j = Coaching.record(store);
        Coaching.requireStarted(j, today);
        List<StoredEvent> stored = store.events();
        Journal journal = Coaching.journal(stored);
        Optional<StoredEvent> target = stored.stream().filter(s -> s.version() == r.version()).findFirst();
        Optional<Retractions.Refusal> refusal = Retractions.check(journal, r.version(), now);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get(), r.version(), refusal(refusal.get(), r.version(), target.orElse(null)));
        }
        // dated today, or the entry's own day when that is later (an entry logged ahead of --as-of)
        LocalDate day = today.isBefore(target.orElseThrow().event().at()) ? target.get().event().at() : today;
        JournalEvent event = new JournalEvent.Retraction(day, r.version(), r.why() == null ? null : r.why().strip());
        long version = store.append(journal.lastVersion(), event);
        return new Retracted(target.get(), LogEvent.after(coaching, store, j, event, version, today),
                coaching.coach().retractionMeaning(EventSchema.fact(target.get().event())));
    }

    private static Rejection refusal(Retractions.Refusal refusal, long version, StoredEvent target) {
        return switch (refusal) {
            case NO_SUCH_ENTRY -> Rejection.general("there is no entry " + version + " in the journal",
                    "'rekindle history --json' (GET /api/events) shows each entry's version");
            case IS_A_RETRACTION -> Rejection.general("entry " + version + " is itself a retraction and cannot be taken back",
                    "log the entry again instead");
            case ALREADY_RETRACTED -> Rejection.general("entry " + version + " is already retracted",
                    "nothing more to do");
            case FINAL_NO_PAST_24_HOURS -> Rejection.general("entry " + version + " (" + target.event().kind() + " on "
                    + target.event().at() + ") was logged more than 24 hours ago",
                    "a no that stands is final (L19, L23), so it cannot be retracted");
        };
    }
}
