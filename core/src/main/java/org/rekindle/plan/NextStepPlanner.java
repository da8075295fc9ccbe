package org.rekindle.plan;

import java.time.LocalDate;

import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;
import org.rekindle.journey.MeetingOutcome;

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
            case MEETING -> meeting(s, asOf);
            case FEELINGS -> s.timesAskedToWait() == 0
                    ? new Next(NextStep.TALK_ABOUT_FEELINGS, asOf, null)
                    : new Next(NextStep.ASK_AGAIN, notBefore(asOf, engine.askAgainAllowed(s)), null);
            case DECLINED -> new Next(NextStep.FINAL_APPEAL, notBefore(asOf, engine.appealAllowed(s)),
                    engine.appealWindowCloses(s));
            case REPAIR -> new Next(engine.journey().apologyOwed() && !s.apologized()
                    ? NextStep.APOLOGIZE : NextStep.FORGIVE, asOf, null);
            case REBUILDING -> new Next(NextStep.MAKE_NEW_MEMORIES, asOf, null);
            case MOVING_ON -> new Next(NextStep.MOVE_ON, null, null);
        };
    }

    /** How the last meeting went decides the next one: L10 asks for another only after one that "goes well". */
    private Next meeting(JourneyState s, LocalDate asOf) {
        if (s.meetingsHeld() == 0 || s.lastMeetingOutcome() == null) {
            return new Next(NextStep.MEET, asOf, null);
        }
        return switch (s.lastMeetingOutcome()) {
            case WELL -> new Next(NextStep.PROPOSE_ANOTHER_MEETING, asOf, null);
            case MIXED -> new Next(NextStep.ONE_MORE_LIGHT_MEETING, asOf, null);
            case BADLY -> new Next(NextStep.GIVE_IT_SPACE, notBefore(asOf, afterBadMeeting(s)), null);
        };
    }

    /** The day a lighter idea may follow a meeting that went badly. */
    public LocalDate afterBadMeeting(JourneyState s) {
        return s.lastMeetingOn().plusDays(engine.journey().waits().daysBetweenMeetings());
    }

    /**
     * The countdown of the wait that holds the next step back, when one is running on {@code asOf}:
     * "day 14 of 30, text from 2026-12-15".
     */
    public java.util.Optional<Countdown> countdown(JourneyState s, LocalDate asOf) {
        var w = engine.journey().waits();
        Countdown c = switch (s.stage()) {
            case SPACE -> new Countdown(Wait.COOLING_OFF, s.coolingFrom(), w.coolingDays(), engine.coolingOffEnds(s), asOf);
            case AWAITING_REPLY -> new Countdown(Wait.REPLY, s.textSentOn(), w.replyWaitDays(), engine.replyDeadline(s), asOf);
            case SILENCE -> new Countdown(Wait.SILENCE, s.silenceSince(), w.silenceWaitDays(), engine.oneMoreTextAllowed(s), asOf);
            case CALL -> s.lastCallOn() == null ? null
                    : new Countdown(Wait.CALL_RETRY, s.lastCallOn(), w.callRetryDays(), engine.nextCallAllowed(s), asOf);
            case MEETING -> s.lastMeetingOutcome() == MeetingOutcome.BADLY
                    ? new Countdown(Wait.AFTER_BAD_MEETING, s.lastMeetingOn(), w.daysBetweenMeetings(), afterBadMeeting(s), asOf)
                    : null;
            case FEELINGS -> s.timesAskedToWait() == 0 ? null
                    : new Countdown(Wait.ASK_AGAIN, s.lastAskedToWaitOn(), w.askAgainDays(), engine.askAgainAllowed(s), asOf);
            case DECLINED -> asOf.isBefore(engine.appealAllowed(s))
                    ? new Countdown(Wait.APPEAL_PAUSE, s.declinedOn(), w.appealNotBeforeDays(), engine.appealAllowed(s), asOf)
                    : new Countdown(Wait.APPEAL_WINDOW, s.declinedOn(), w.appealWindowDays(), engine.appealWindowCloses(s), asOf);
            case FIRST_TEXT, TEXTING, REPAIR, REBUILDING, MOVING_ON -> null;
        };
        if (c == null) {
            return java.util.Optional.empty();
        }
        // A wait that holds a step back is over on its last day; a window (reply, appeal) runs through it.
        boolean window = c.kind() == Wait.REPLY || c.kind() == Wait.APPEAL_WINDOW;
        boolean running = window ? !asOf.isAfter(c.ends()) : asOf.isBefore(c.ends());
        return running ? java.util.Optional.of(c) : java.util.Optional.empty();
    }

    private static LocalDate notBefore(LocalDate asOf, LocalDate allowed) {
        return allowed.isAfter(asOf) ? allowed : asOf;
    }
}
