package org.rekindle.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Stage;
import org.rekindle.journey.Waits;
import org.rekindle.plan.Next;
import org.rekindle.plan.NextStepPlanner;
import org.rekindle.plan.PlannedStep;
import org.rekindle.plan.RoadAhead;
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

    public Status status(Journey journey, List<? extends JournalEvent> events, LocalDate asOf) {
        JourneyEngine engine = new JourneyEngine(journey);
        JourneyEngine.Outcome outcome = engine.fold(events, asOf);
        Next next = new NextStepPlanner(engine).next(outcome.state(), asOf);
        Stage stage = outcome.state().stage();
        return new Status(journey, asOf, outcome.state(), playbook.stage(stage), next, playbook.step(next.step()),
                stage == Stage.MOVING_ON ? Optional.ofNullable(playbook.ending(outcome.state().movingOnReason()))
                        : Optional.empty(),
                outcome.applied());
    }

    public List<PlannedStep> plan(Journey journey, List<? extends JournalEvent> events, LocalDate asOf) {
        JourneyEngine engine = new JourneyEngine(journey);
        return new RoadAhead(engine).from(engine.fold(events, asOf).state(), asOf);
    }
}
