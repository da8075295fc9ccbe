package org.rekindle.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Logged;
import org.rekindle.journey.Retractions;
import org.rekindle.playbook.Advice;
import org.rekindle.store.JourneyRecord;

/**
 * Use case: take back an entry logged by mistake ({@code rekindle log retract VERSION},
 * {@code POST /api/retractions}). The journal stays append-only: a retraction is appended, and the
 * fold leaves the entry out. Refused, with nothing stored, when {@link Retractions} says no: a
 * final no stands once 24 hours have passed since it was logged.
 */
public final class Retract {

    private Retract() {
    }

    /** What was retracted, what it means, and the journal after. */
    public record Done(Logged target, LogEntry.Logged logged, Advice meaning) {
    }

    public static Done run(Workspace w, long version, String why, Instant now, Dialect d) {
        JournalEvent.requireWordsOr(d.name("why"), why, UserError::new);
        JourneyRecord r = w.record();
        w.requireStarted(r);
        Journal journal = w.journal(r);
        Optional<Logged> target = journal.version(version);
        Optional<Retractions.Refusal> refusal = Retractions.check(journal, version, now);
        if (refusal.isPresent()) {
            throw new UserError(refusalMessage(refusal.get(), version, target.orElse(null)));
        }
        LocalDate day = w.today.isBefore(target.orElseThrow().event().at()) ? target.get().event().at() : w.today;
        JournalEvent event = new JournalEvent.Retraction(day, version, why == null ? null : why.strip());
        long appended = w.store.append(r.id(), journal.lastVersion(), event);
        return new Done(target.get(), LogEntry.Logged.after(w, r, event, appended), w.coach.retractionMeaning(target.get().event()));
    }

    static String refusalMessage(Retractions.Refusal refusal, long version, Logged target) {
        return switch (refusal) {
            case NO_SUCH_ENTRY -> "there is no entry " + version + " in the journal: 'rekindle history --json' shows each entry's version";
            case IS_A_RETRACTION -> "entry " + version + " is itself a retraction and cannot be taken back: log the entry again instead";
            case ALREADY_RETRACTED -> "entry " + version + " is already retracted";
            case FINAL_NO_PAST_24_HOURS -> "entry " + version + " (" + target.event().kind() + " on " + target.event().at()
                    + ") was logged more than 24 hours ago, and a no that stands is final (L19, L23): it cannot be retracted";
        };
    }
}
