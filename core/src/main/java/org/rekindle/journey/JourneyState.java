package org.rekindle.journey;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a journey stands after folding its events: the stage and the few dates and counts
 * the next step depends on. Derived, never stored as truth.
 *
 * @param since           the day the current stage began
 * @param coolingFrom     the day the cooling-off counts from: the breakup, or the last contact that broke it
 * @param textSentOn      the day of the text now awaiting a reply
 * @param textsAwaiting   how many first-contact texts went unanswered in a row (1, then 2 after a silence)
 * @param silenceSince    the day silence began
 * @param lastCallOn      the day of the last call
 * @param meetingsHeld    meetings since a meeting was first agreed
 * @param goodMeetings    of those, the ones that went well
 * @param timesAskedToWait how many times the ex said they need time
 * @param lastAskedToWaitOn the day of the last "needs time"
 * @param declinedOn      the day the ex declined
 * @param appealMade      the one final appeal has been made
 * @param movingOnReason  why the journey ended, in {@link Stage#MOVING_ON}
 * @param firstReplyOn    the day the texting conversation opened (a reply, or the ex reaching out)
 * @param lastMeetingOn   the day of the last meeting
 * @param lastMeetingOutcome how the last meeting went: it decides the next step
 * @param feelingsTalks   how many feelings talks were held
 * @param exReachedOutOn  the day the ex last reached out first, until the user answers with a step
 * @param heardAfterEnd   the ex replied or reached out after the journey had ended
 */
public record JourneyState(
        Stage stage,
        LocalDate since,
        LocalDate coolingFrom,
        LocalDate textSentOn,
        int textsAwaiting,
        LocalDate silenceSince,
        LocalDate lastCallOn,
        int meetingsHeld,
        int goodMeetings,
        int timesAskedToWait,
        LocalDate lastAskedToWaitOn,
        LocalDate declinedOn,
        boolean appealMade,
        boolean apologized,
        boolean forgiven,
        boolean explained,
        MovingOnReason movingOnReason,
        LocalDate firstReplyOn,
        LocalDate lastMeetingOn,
        MeetingOutcome lastMeetingOutcome,
        int feelingsTalks,
        LocalDate exReachedOutOn,
        boolean heardAfterEnd) {

    public JourneyState {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(coolingFrom, "coolingFrom");
    }

    /** A journey on the day of the breakup: space, and the cooling-off counting from that day. */
    public static JourneyState atBreakup(LocalDate breakup) {
        return new JourneyState(Stage.SPACE, breakup, breakup, null, 0, null, null, 0, 0, 0, null,
                null, false, false, false, false, null, null, null, null, 0, null, false);
    }

    Builder to() {
        return new Builder(this);
    }

    /** Copy-with-changes for the engine: records have no withers, and the engine changes a few fields at a time. */
    static final class Builder {
        private Stage stage;
        private LocalDate since;
        private LocalDate coolingFrom;
        private LocalDate textSentOn;
        private int textsAwaiting;
        private LocalDate silenceSince;
        private LocalDate lastCallOn;
        private int meetingsHeld;
        private int goodMeetings;
        private int timesAskedToWait;
        private LocalDate lastAskedToWaitOn;
        private LocalDate declinedOn;
        private boolean appealMade;
        private boolean apologized;
        private boolean forgiven;
        private boolean explained;
        private MovingOnReason movingOnReason;
        private LocalDate firstReplyOn;
        private LocalDate lastMeetingOn;
        private MeetingOutcome lastMeetingOutcome;
        private int feelingsTalks;
        private LocalDate exReachedOutOn;
        private boolean heardAfterEnd;

        private Builder(JourneyState s) {
            stage = s.stage;
            since = s.since;
            coolingFrom = s.coolingFrom;
            textSentOn = s.textSentOn;
            textsAwaiting = s.textsAwaiting;
            silenceSince = s.silenceSince;
            lastCallOn = s.lastCallOn;
            meetingsHeld = s.meetingsHeld;
            goodMeetings = s.goodMeetings;
            timesAskedToWait = s.timesAskedToWait;
            lastAskedToWaitOn = s.lastAskedToWaitOn;
            declinedOn = s.declinedOn;
            appealMade = s.appealMade;
            apologized = s.apologized;
            forgiven = s.forgiven;
            explained = s.explained;
            movingOnReason = s.movingOnReason;
            firstReplyOn = s.firstReplyOn;
            lastMeetingOn = s.lastMeetingOn;
            lastMeetingOutcome = s.lastMeetingOutcome;
            feelingsTalks = s.feelingsTalks;
            exReachedOutOn = s.exReachedOutOn;
            heardAfterEnd = s.heardAfterEnd;
        }

        /** Moves to a stage from a given day; staying in the same stage keeps its start. */
        Builder stage(Stage next, LocalDate on) {
            if (next != stage) {
                stage = next;
                since = on;
            }
            return this;
        }

        Builder coolingFrom(LocalDate d) { coolingFrom = d; return this; }
        Builder textSent(LocalDate d, int awaiting) { textSentOn = d; textsAwaiting = awaiting; return this; }
        Builder silenceSince(LocalDate d) { silenceSince = d; return this; }
        Builder lastCallOn(LocalDate d) { lastCallOn = d; return this; }
        Builder meetingHeld(LocalDate d, MeetingOutcome o) {
            meetingsHeld++;
            if (o == MeetingOutcome.WELL) {
                goodMeetings++;
            }
            lastMeetingOn = d;
            lastMeetingOutcome = o;
            return this;
        }
        Builder conversationOpened(LocalDate d) { if (firstReplyOn == null) { firstReplyOn = d; } return this; }
        Builder feelingsTalked() { feelingsTalks++; return this; }
        Builder exReachedOut(LocalDate d) { exReachedOutOn = d; return this; }
        Builder answeredThem() { exReachedOutOn = null; return this; }
        Builder heardAfterEnd() { heardAfterEnd = true; return this; }
        Builder askedToWait(LocalDate d) { timesAskedToWait++; lastAskedToWaitOn = d; return this; }
        Builder declinedOn(LocalDate d) { declinedOn = d; return this; }
        Builder appealMade() { appealMade = true; return this; }
        Builder apologized() { apologized = true; return this; }
        Builder forgiven() { forgiven = true; return this; }
        Builder explained() { explained = true; return this; }
        Builder movingOn(MovingOnReason r, LocalDate on) { stage(Stage.MOVING_ON, on); movingOnReason = r; return this; }

        JourneyState build() {
            return new JourneyState(stage, since, coolingFrom, textSentOn, textsAwaiting, silenceSince, lastCallOn,
                    meetingsHeld, goodMeetings, timesAskedToWait, lastAskedToWaitOn, declinedOn, appealMade,
                    apologized, forgiven, explained, movingOnReason, firstReplyOn, lastMeetingOn, lastMeetingOutcome,
                    feelingsTalks, exReachedOutOn, heardAfterEnd);
        }
    }
}
