package org.rekindle.plan;

import java.time.LocalDate;

import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;

/** Picks the next step for a state on a given day, with the first day it is allowed. */
public final class NextStepPlanner {

    private final JourneyEngine engine;

    public NextStepPlanner(JourneyEngine engine) {
        this.engine = engine;
    }

    public Next next(JourneyState s, LocalDate asOf) {
        return switch (s.stage()) {
            case SPACE -> new Next(NextStep.SEND_FIRST_TEXT, notBefore(asOf, engine.coolingOffEnds(s)), null);
            case FIRST_TEXT -> new Next(NextStep.SEND_FIRST_TEXT, asOf, null);
            case AWAITING_REPLY -> new Next(NextStep.WAIT_FOR_REPLY, null, engine.replyDeadline(s));
            case SILENCE -> new Next(NextStep.SEND_ONE_MORE_TEXT, notBefore(asOf, engine.oneMoreTextAllowed(s)), null);
            case TEXTING -> new Next(NextStep.CALL, asOf, null);
            case CALL -> new Next(NextStep.CALL_AGAIN,
                    s.lastCallOn() == null ? asOf : notBefore(asOf, engine.nextCallAllowed(s)), null);
            case MEETING -> new Next(s.meetingsHeld() == 0 ? NextStep.MEET : NextStep.PROPOSE_ANOTHER_MEETING, asOf, null);
            case FEELINGS -> s.timesAskedToWait() == 0
                    ? new Next(NextStep.TALK_ABOUT_FEELINGS, asOf, null)
                    : new Next(NextStep.ASK_AGAIN, notBefore(asOf, engine.askAgainAllowed(s)), null);
            case DECLINED -> new Next(NextStep.FINAL_APPEAL, asOf, engine.appealWindowCloses(s));
            case REPAIR -> new Next(engine.journey().apologyOwed() && !s.apologized()
                    ? NextStep.APOLOGIZE : NextStep.FORGIVE, asOf, null);
            case REBUILDING -> new Next(NextStep.MAKE_NEW_MEMORIES, asOf, null);
            case MOVING_ON -> new Next(NextStep.MOVE_ON, null, null);
        };
    }

    private static LocalDate notBefore(LocalDate asOf, LocalDate allowed) {
        return allowed.isAfter(asOf) ? allowed : asOf;
    }
}
