package org.rekindle.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.Fact;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Kind;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;
import org.rekindle.journey.MovingOnReason;
import org.rekindle.journey.Retractions;
import org.rekindle.journey.Stage;
import org.rekindle.journey.Waits;
import org.rekindle.plan.Next;
import org.rekindle.plan.NextStepPlanner;
import org.rekindle.plan.PlannedStep;
import org.rekindle.plan.RoadAhead;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Playbook;

/** The journey coach: the playbook applied to a journal, on a day given by the caller. */
public final class Coach {

    private final Playbook playbook;

    public Coach(Playbook playbook) {
        this.playbook = playbook;
    }

    public Playbook playbook() {
        return playbook;
    }

    /** A journey with the playbook's default waits; {@code coolingDays} overrides the cooling-off when given. */
    public Journey journey(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays) {
        Waits waits = playbook.defaultWaits();
        if (coolingDays != null) {
            waits = waits.withCoolingDays(coolingDays);
        }
        return new Journey(ex, breakup, endedBy, hurtful, waits);
    }

    /**
     * What the guide argues against in a journey's settings, each naming its line: a cooling-off
     * shorter than "at least a month or two" (L1). Accepted all the same: it is the user's journey.
     */
    public List<Advice> settingWarnings(Journey journey) {
        List<Advice> out = new ArrayList<>();
        if (journey.waits().coolingShorterThanGuide()) {
            out.add(playbook.concern(org.rekindle.journey.Concern.COOLING_SHORTER_THAN_GUIDE));
        }
        return out;
    }

    public Status status(Journey journey, List<? extends JournalEvent> events, LocalDate asOf) {
        return status(journey, Journal.of(events), asOf);
    }

    public Status status(Journey journey, Journal journal, LocalDate asOf) {
        JourneyEngine.Outcome outcome = new JourneyEngine(journey).fold(journal, asOf);
        JourneyEngine engine = new JourneyEngine(outcome.journey());
        NextStepPlanner planner = new NextStepPlanner(engine);
        JourneyState state = outcome.state();
        Next next = planner.next(state, asOf);
        Stage stage = state.stage();
        Optional<Advice> ending = Optional.empty();
        if (stage == Stage.MOVING_ON) {
            ending = Optional.ofNullable(state.movingOnReason() == MovingOnReason.SECOND_SILENCE && state.heardAfterEnd()
                    ? playbook.heardAfterSecondSilence() : playbook.ending(state.movingOnReason()));
        }
        Optional<Advice> reachedOut = state.exReachedOutOn() == null ? Optional.empty()
                : Optional.of(playbook.reachedOut(stage));
        return new Status(outcome.journey(), asOf, state, playbook.stage(stage), next, playbook.step(next.step()),
                ending, outcome.applied(), planner.countdown(state, asOf), reachedOut,
                settingWarnings(outcome.journey()));
    }

    public List<PlannedStep> plan(Journey journey, List<? extends JournalEvent> events, LocalDate asOf) {
        return plan(journey, Journal.of(events), asOf);
    }

    /** The paced road ahead; empty once the journey has ended (then {@link Playbook#planClosing()} is all there is). */
    public List<PlannedStep> plan(Journey journey, Journal journal, LocalDate asOf) {
        return new RoadAhead(new JourneyEngine(journey)).from(journal, asOf);
    }

    /**
     * The warning for an event that did not fit, saying what it did change: the concern's words,
     * then where the journey stands now when the event moved it.
     */
    public Optional<Advice> warning(JourneyEngine.Applied a) {
        return a.concern().map(c -> {
            Advice base = playbook.concern(c);
            if (a.stageAfter() == a.stageBefore()) {
                return base;
            }
            String moved = " Now: " + playbook.stage(a.stageAfter()).title().toLowerCase(java.util.Locale.ROOT)
                    + " (" + a.stageAfter() + ").";
            return new Advice(base.text() + moved, base.guide(), base.houseRule(), base.words());
        });
    }

    /** The reply to a private journal entry: by its mood and the stage the journey is in. */
    public Advice journalReply(JournalEvent.Reflection entry, Stage stage) {
        return playbook.journalReply(entry.mood(), stage);
    }

    /** What retracting this entry means, in words: said when the retraction is logged. */
    public Advice retractionMeaning(Fact target) {
        if (target instanceof Fact.Move m && m.kind() == Kind.NO_CONTACT_REQUEST) {
            return playbook.retractions().get("NO_CONTACT_REQUEST");
        }
        if (Retractions.isFinalNo(target)) {
            return playbook.retractions().get("APPEAL_DECLINED");
        }
        return playbook.retractions().get("OTHER");
    }
}
