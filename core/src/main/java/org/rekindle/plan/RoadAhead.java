package org.rekindle.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Stage;

/**
 * The dates ahead if all goes well: each step taken on the first day it is allowed (and no two
 * on one day), each answer from the ex the hoped-for one. It runs the real engine on imagined
 * events, so the plan can never disagree with the rules.
 */
public final class RoadAhead {

    /** Enough for the longest road, from space to rebuilding, with room for the silence detour. */
    private static final int MAX_STEPS = 20;

    private final JourneyEngine engine;
    private final NextStepPlanner planner;

    public RoadAhead(JourneyEngine engine) {
        this.engine = engine;
        this.planner = new NextStepPlanner(engine);
    }

    public List<PlannedStep> from(JourneyState now, LocalDate asOf) {
        List<PlannedStep> road = new ArrayList<>();
        JourneyState s = now;
        LocalDate day = asOf;
        LocalDate lastStep = null;
        for (int i = 0; i < MAX_STEPS; i++) {
            s = engine.advance(s, day);
            Next next = planner.next(s, day);
            if (next.step() == NextStep.MOVE_ON) {
                break;
            }
            LocalDate when = next.step() == NextStep.WAIT_FOR_REPLY ? s.textSentOn().plusDays(1) : next.earliest();
            if (lastStep != null && !when.isAfter(lastStep)) {
                when = lastStep.plusDays(1);
            }
            JourneyState then = engine.advance(s, when);
            road.add(new PlannedStep(then.stage(), next.step(),
                    next.step() == NextStep.WAIT_FOR_REPLY ? null : when, next.until()));
            if (then.stage() == Stage.REBUILDING) {
                break; // the good end: from here on, it is their own story
            }
            s = engine.evolve(then, hopedFor(next.step(), when)).state();
            day = when;
            lastStep = when;
        }
        return road;
    }

    private static JournalEvent hopedFor(NextStep step, LocalDate on) {
        return switch (step) {
            case SEND_FIRST_TEXT, SEND_ONE_MORE_TEXT -> new JournalEvent.TextSent(on, null);
            case WAIT_FOR_REPLY -> new JournalEvent.ReplyReceived(on);
            case CALL, CALL_AGAIN -> new JournalEvent.CallHeld(on, true);
            case MEET, PROPOSE_ANOTHER_MEETING -> new JournalEvent.MeetingHeld(on, MeetingOutcome.WELL);
            case TALK_ABOUT_FEELINGS, ASK_AGAIN -> new JournalEvent.FeelingsShared(on, FeelingsResponse.INTERESTED);
            case FINAL_APPEAL -> new JournalEvent.AppealMade(on, AppealResponse.ACCEPTED);
            case APOLOGIZE -> new JournalEvent.ApologyMade(on);
            case FORGIVE -> new JournalEvent.ForgivenessGiven(on);
            case MAKE_NEW_MEMORIES -> new JournalEvent.NewMemoryMade(on, null);
            case MOVE_ON -> new JournalEvent.MovedOn(on);
        };
    }
}
