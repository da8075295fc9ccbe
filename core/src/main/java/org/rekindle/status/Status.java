package org.rekindle.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;
import org.rekindle.journey.Stage;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.StageGuide;
import org.rekindle.playbook.StepGuide;
import org.rekindle.plan.Next;

/**
 * Everything the coach says about a journey on one day: the stage and its advice, the next step
 * with its dates, why the journey ended (in {@link Stage#MOVING_ON}), and what it made of each event.
 */
public record Status(Journey journey, LocalDate asOf, JourneyState state, StageGuide guide, Next next,
                     StepGuide step, Optional<Advice> ending, List<JourneyEngine.Applied> applied) {

    public Stage stage() {
        return state.stage();
    }

    /** Whether the next step means contacting the ex; never true once the journey has ended. */
    public boolean contactsEx() {
        return step.contactsEx();
    }

    /** Days since the breakup, as of the day asked about. */
    public long day() {
        return java.time.temporal.ChronoUnit.DAYS.between(journey.breakup(), asOf);
    }
}
