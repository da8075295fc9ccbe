package org.rekindle.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.Fact;
import org.rekindle.journey.Kind;
import org.rekindle.journey.MeetingAgreement;
import org.rekindle.journey.Journal;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.JourneyState;
import org.rekindle.journey.Logged;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Stage;
import org.rekindle.journey.Waits;

/**
 * The dates ahead if all goes well, at the pace a careful reader of the guide would keep. It is a
 * projection of the same engine: each step is dated by the waits and the plan-pacing defaults of
 * STAGES.md (never before the day asked about, never before the step before it), its hoped-for
 * outcome is added to the journal as an assumed event, and the journal is folded again. The plan
 * can never disagree with the rules, because it has none of its own beyond the pacing.
 */
public final class RoadAhead {

    /** Enough for the longest road, from space to rebuilding, with room for the silence detour. */
    private static final int MAX_STEPS = 30;

    private final JourneyEngine engine;

    public RoadAhead(JourneyEngine engine) {
        this.engine = engine;
    }

    /** The road from the journal as it stands on {@code asOf}; empty once the journey has ended. */
    public List<PlannedStep> from(Journal journal, LocalDate asOf) {
        Journal j = new Journal(journal.entries().stream().filter(l -> counts(l, asOf)).toList());
        List<PlannedStep> road = new ArrayList<>();
        LocalDate day = asOf;
        for (int i = 0; i < MAX_STEPS; i++) {
            JourneyEngine.Outcome o = engine.fold(j, day);
            JourneyState s = o.state();
            JourneyEngine now = new JourneyEngine(o.journey());
            if (s.stage() == Stage.MOVING_ON) {
                break;
            }
            if (s.stage() == Stage.REBUILDING) {
                road.add(new PlannedStep(Stage.REBUILDING, NextStep.MAKE_NEW_MEMORIES, day, null));
                break; // the good end: from here on, it is their own story
            }
            Next next = new NextStepPlanner(now).next(s, day);
            LocalDate when = paced(now, s, next, day);
            road.add(new PlannedStep(now.advance(s, when).stage(), next.step(), when, next.until()));
            j = j.plus(hopedFor(next.step(), when));
            day = when;
        }
        return road;
    }

    /** Only what happened by the day asked about counts; corrections count for every day. */
    private static boolean counts(Logged l, LocalDate asOf) {
        return !l.fact().at().isAfter(asOf) || !(l.fact() instanceof Fact.Move);
    }

    /** The "not before" day of a step: the rule's earliest, then the plan-pacing default on top. */
    private static LocalDate paced(JourneyEngine engine, JourneyState s, Next next, LocalDate day) {
        Waits w = engine.journey().waits();
        LocalDate rule = next.earliest() == null ? day : next.earliest();
        LocalDate pace = switch (next.step()) {
            case WAIT_FOR_REPLY -> s.textSentOn().plusDays(1); // a reply can come from the day after the text
            case CALL -> s.firstReplyOn() == null ? day : s.firstReplyOn().plusDays(w.callAfterReplyDays());
            case MEET -> s.lastCallOn() == null ? day : s.lastCallOn().plusDays(w.meetingAfterCallDays());
            case PROPOSE_ANOTHER_MEETING, ONE_MORE_LIGHT_MEETING ->
                    s.lastMeetingOn() == null ? day : s.lastMeetingOn().plusDays(w.daysBetweenMeetings());
            // The feelings talk at or after the second good meeting: FEELINGS begins on that meeting's day.
            case SEND_FIRST_TEXT, SEND_ONE_MORE_TEXT, CALL_AGAIN, GIVE_IT_SPACE, TALK_ABOUT_FEELINGS, ASK_AGAIN,
                 FINAL_APPEAL, APOLOGIZE, FORGIVE, MAKE_NEW_MEMORIES, MOVE_ON -> day;
        };
        LocalDate when = rule.isAfter(pace) ? rule : pace;
        return when.isBefore(day) ? day : when;
    }

    /** The step as if it happened on {@code on} and went as hoped: a yes at every answer. */
    private static Fact.Move hopedFor(NextStep step, LocalDate on) {
        return switch (step) {
            case SEND_FIRST_TEXT, SEND_ONE_MORE_TEXT -> new Fact.Move(Kind.TEXT_SENT, on, null);
            case WAIT_FOR_REPLY -> new Fact.Move(Kind.REPLY, on, null);
            case CALL, CALL_AGAIN -> new Fact.Move(Kind.CALL, on, MeetingAgreement.AGREED.word());
            case MEET, PROPOSE_ANOTHER_MEETING, ONE_MORE_LIGHT_MEETING, GIVE_IT_SPACE ->
                    new Fact.Move(Kind.MEETING, on, MeetingOutcome.WELL.word());
            case TALK_ABOUT_FEELINGS, ASK_AGAIN -> new Fact.Move(Kind.FEELINGS, on, FeelingsResponse.INTERESTED.word());
            case FINAL_APPEAL -> new Fact.Move(Kind.APPEAL, on, AppealResponse.ACCEPTED.word());
            case APOLOGIZE -> new Fact.Move(Kind.APOLOGY, on, null);
            case FORGIVE -> new Fact.Move(Kind.FORGIVENESS, on, null);
            case MAKE_NEW_MEMORIES -> new Fact.Move(Kind.NEW_MEMORY, on, null);
            case MOVE_ON -> new Fact.Move(Kind.MOVING_ON, on, null);
        };
    }
}
