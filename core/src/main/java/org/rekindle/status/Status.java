package org.rekindle.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rekindle.journey.Fact;
import org.rekindle.journey.Kind;
import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;
import org.rekindle.journey.Stage;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.StageGuide;
import org.rekindle.playbook.StepGuide;
import org.rekindle.plan.Countdown;
import org.rekindle.plan.Next;

/**
 * Everything the coach says about a journey on one day: the stage and its advice, the next step
 * with its dates, why the journey ended (in {@link Stage#MOVING_ON}), and what it made of each event.
 *
 * @param journey    the journey as its settings changes left it
 * @param ending     why the journey ended, in words that acknowledge it (MOVING_ON only)
 * @param countdown  the wait running on this day, if any: "day 14 of 30, text from 2026-12-15"
 * @param reachedOut how to answer, when the ex reached out first and the user has not answered with a step
 * @param warnings   settings the guide argues against, each naming its line (a cooling-off under a month)
 */
public record Status(Journey journey, LocalDate asOf, JourneyState state, StageGuide guide, Next next,
                     StepGuide step, Optional<Advice> ending, List<JourneyEngine.Applied> applied,
                     Optional<Countdown> countdown, Optional<Advice> reachedOut, List<Advice> warnings) {

    public Status {
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
    }

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

    /**
     * The stages this journey has been through, the current one included. A stage counts as done
     * only when its step happened: {@code FEELINGS} needs a feelings talk, {@code CALL} a call.
     */
    public Set<Stage> visited() {
        Set<Stage> seen = EnumSet.of(Stage.SPACE);
        boolean talked = false;
        for (JourneyEngine.Applied a : applied) {
            seen.add(a.stageBefore());
            seen.add(a.stageAfter());
            if (a.fact() instanceof Fact.Move m && m.kind() == Kind.CALL && a.concern().isEmpty()) {
                seen.add(Stage.CALL); // a call that agreed a meeting went straight past the call stage
            }
            if (a.fact() instanceof Fact.Move m && m.kind() == Kind.FEELINGS
                    && a.concern().filter(c -> c == org.rekindle.journey.Concern.RETRACTED).isEmpty()) {
                talked = true;
            }
        }
        if (!talked && state.stage() != Stage.FEELINGS) {
            seen.remove(Stage.FEELINGS);
        }
        seen.add(state.stage());
        return seen;
    }
}
