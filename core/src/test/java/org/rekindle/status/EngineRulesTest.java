package org.rekindle.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rekindle.status.JourneyBuilder.aJourney;
import static org.rekindle.status.JourneyBuilder.day;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.Concern;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Stage;
import org.rekindle.plan.NextStep;
import org.rekindle.plan.PlannedStep;

/** The house rules and edge cases STAGES.md spells out beyond the scenarios. */
class EngineRulesTest {

    @Test
    void aMeetingBeforeAnyReplyIsRecordedWithAWarningAndMovesNothing() {
        Status s = aJourney().textSent(45).meetingWell(47).askedOnDay(47);
        assertThat(s.stage()).isEqualTo(Stage.AWAITING_REPLY);
        assertThat(s.applied()).last().satisfies(a -> assertThat(a.concern()).contains(Concern.OUT_OF_STAGE));
    }

    @Test
    void aSecondTextBeforeAnyReplyIsADoubleTextAndKeepsTheFirstDeadline() {
        Status s = aJourney().textSent(45).textSent(47).askedOnDay(48);
        assertThat(s.applied()).last().satisfies(a -> assertThat(a.concern()).contains(Concern.DOUBLE_TEXT));
        assertThat(s.next().until()).isEqualTo(day(52));
    }

    @Test
    void aTextSentDuringSpaceRestartsTheCoolingOff() {
        Status s = aJourney().textSent(20).askedOnDay(40);
        assertThat(s.stage()).isEqualTo(Stage.SPACE);
        assertThat(s.next().earliest()).isEqualTo(day(50));
    }

    @Test
    void theCoolingOffCanBeSetLonger() {
        assertThat(aJourney().coolingDays(60).askedOnDay(45).next().earliest()).isEqualTo(day(60));
    }

    @Test
    void anEarlyFeelingsTalkIsRecordedWithItsAnswer() {
        Status s = aJourney().textSent(45).reply(46).call(48, true).meetingWell(52)
                .feelings(53, FeelingsResponse.INTERESTED).askedOnDay(53);
        assertThat(s.stage()).isEqualTo(Stage.REPAIR);
        assertThat(s.applied()).last().satisfies(a -> assertThat(a.concern()).contains(Concern.FEELINGS_TOO_EARLY));
    }

    @Test
    void aMixedMeetingDoesNotCountTowardsTheFeelingsTalkAndAsksForOneMoreLightOne() {
        // Before issue 11 the next step here was PROPOSE_ANOTHER_MEETING, citing L10 ("goes well").
        Status s = aJourney().textSent(45).reply(46).call(48, true).meetingWell(52)
                .meeting(59, MeetingOutcome.MIXED).askedOnDay(60);
        assertThat(s.stage()).isEqualTo(Stage.MEETING);
        assertThat(s.next().step()).isEqualTo(NextStep.ONE_MORE_LIGHT_MEETING);
    }

    @Test
    void noApologyIsOwedAfterAMutualBreakup() {
        Status s = aJourney().upToFeelings().feelings(66, FeelingsResponse.INTERESTED).forgiveness(67).askedOnDay(67);
        assertThat(s.stage()).isEqualTo(Stage.REBUILDING);
    }

    @Test
    void hurtfulWordsMakeAnApologyOwedEvenAfterAMutualBreakup() {
        Status s = aJourney().hurtful().upToFeelings().feelings(66, FeelingsResponse.INTERESTED).forgiveness(67)
                .askedOnDay(67);
        assertThat(s.stage()).isEqualTo(Stage.REPAIR);
        assertThat(s.next().step()).isEqualTo(NextStep.APOLOGIZE);
    }

    @Test
    void eventsLoggedOutOfOrderAreFoldedByDay() {
        Status s = aJourney().reply(46).textSent(45).askedOnDay(46);
        assertThat(s.stage()).isEqualTo(Stage.TEXTING);
    }

    @Test
    void privateReflectionsNeverMoveTheStage() {
        Status s = aJourney().event(new JournalEvent.Reflection(day(20), "didn't text", 2)).askedOnDay(25);
        assertThat(s.stage()).isEqualTo(Stage.SPACE);
        assertThat(s.next().earliest()).isEqualTo(day(30));
    }

    @Test
    void theRoadAheadFromTheBreakupReachesRebuildingWithRisingDates() {
        JourneyBuilder b = aJourney();
        List<PlannedStep> road = JourneyBuilder.COACH.plan(b.journey(), b.events(), day(10));
        assertThat(road).first().satisfies(p -> {
            assertThat(p.step()).isEqualTo(NextStep.SEND_FIRST_TEXT);
            assertThat(p.earliest()).isEqualTo(day(30));
        });
        assertThat(road).last().satisfies(p -> assertThat(p.stage()).isEqualTo(Stage.REBUILDING));
        assertThat(road).extracting(PlannedStep::step).contains(NextStep.CALL, NextStep.MEET,
                NextStep.PROPOSE_ANOTHER_MEETING, NextStep.TALK_ABOUT_FEELINGS);
        var dates = road.stream().map(PlannedStep::earliest).filter(d -> d != null).toList();
        assertThat(dates).isSorted(); // the feelings talk may fall on the day of the second good meeting
    }

    @Test
    void theRoadAheadOwesTheApologyWhenTheUserEndedIt() {
        JourneyBuilder b = aJourney().endedByUser();
        List<PlannedStep> road = JourneyBuilder.COACH.plan(b.journey(), b.events(), day(10));
        assertThat(road).extracting(PlannedStep::step).contains(NextStep.APOLOGIZE);
    }
}
