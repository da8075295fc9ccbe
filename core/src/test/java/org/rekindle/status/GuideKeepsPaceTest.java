package org.rekindle.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rekindle.status.JourneyBuilder.aJourney;
import static org.rekindle.status.JourneyBuilder.day;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.Concern;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Journey;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Logged;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.journey.Retractions;
import org.rekindle.journey.Stage;
import org.rekindle.plan.NextStep;
import org.rekindle.plan.PlannedStep;
import org.rekindle.plan.Wait;
import org.rekindle.playbook.Advice;

/** The moments issue 11 found the coach had no answer for, or the wrong one. */
class GuideKeepsPaceTest {

    private static final Coach COACH = JourneyBuilder.COACH;

    // The ex's answer counts whenever it comes.

    @Test
    void notInterestedWhileTextingDeclinesAndTheWarningSaysSo() {
        Status s = aJourney().textSent(45).reply(46).feelings(47, FeelingsResponse.NOT_INTERESTED).askedOnDay(47);
        assertThat(s.stage()).isEqualTo(Stage.DECLINED);
        JourneyEngine.Applied talk = s.applied().getLast();
        assertThat(talk.concern()).contains(Concern.FEELINGS_TOO_EARLY);
        Advice warning = COACH.warning(talk).orElseThrow();
        assertThat(warning.text()).contains("counts all the same").contains("(DECLINED)").doesNotContain("stage stays");
    }

    @Test
    void interestedAfterACallCountsAsInterested() {
        Status s = aJourney().textSent(45).reply(46).call(48, false).feelings(50, FeelingsResponse.INTERESTED)
                .askedOnDay(50);
        assertThat(s.stage()).isEqualTo(Stage.REPAIR); // before issue 11 this changed nothing while in CALL
    }

    @Test
    void needsTimeWhileTextingWaitsAndAsksOnceMore() {
        Status s = aJourney().textSent(45).reply(46).feelings(47, FeelingsResponse.NEEDS_TIME).askedOnDay(50);
        assertThat(s.stage()).isEqualTo(Stage.FEELINGS);
        assertThat(s.next().step()).isEqualTo(NextStep.ASK_AGAIN);
        assertThat(s.next().earliest()).isEqualTo(day(61));
        assertThat(s.countdown()).map(c -> c.line(COACH.playbook().counter(c.kind())))
                .contains("day 3 of 14, ask again from " + day(61));
    }

    @Test
    void aFeelingsTalkDuringSpaceRestartsTheCoolingOffAndItsAnswerCounts() {
        Status s = aJourney().feelings(10, FeelingsResponse.NOT_INTERESTED).askedOnDay(10);
        assertThat(s.stage()).isEqualTo(Stage.DECLINED);
        assertThat(s.state().coolingFrom()).isEqualTo(day(10));
        assertThat(s.applied().getLast().concern()).contains(Concern.FEELINGS_DURING_SPACE);
    }

    @Test
    void askingAgainFiveDaysIntoTheWaitIsWarnedAndTheAnswerCounts() {
        Status s = aJourney().upToFeelings().feelings(66, FeelingsResponse.NEEDS_TIME)
                .feelings(71, FeelingsResponse.INTERESTED).askedOnDay(71);
        assertThat(s.applied().getLast().concern()).contains(Concern.ASKED_AGAIN_TOO_SOON);
        assertThat(s.stage()).isIn(Stage.REPAIR, Stage.REBUILDING);
    }

    // The one appeal: not before 3 days after the no.

    @Test
    void theAppealIsNotSuggestedTheDayOfTheNo() {
        Status s = aJourney().upToFeelings().feelings(66, FeelingsResponse.NOT_INTERESTED).askedOnDay(66);
        assertThat(s.next().step()).isEqualTo(NextStep.FINAL_APPEAL);
        assertThat(s.next().earliest()).isEqualTo(day(69));
        assertThat(s.next().until()).isEqualTo(day(96));
        assertThat(s.countdown()).map(c -> c.line(COACH.playbook().counter(c.kind())))
                .contains("day 0 of 3, the appeal not before " + day(69));
    }

    @Test
    void anAppealTheDayAfterTheNoIsWarnedAndItsAnswerCounts() {
        Status s = aJourney().upToFeelings().feelings(66, FeelingsResponse.NOT_INTERESTED)
                .appeal(67, AppealResponse.ACCEPTED).askedOnDay(67);
        assertThat(s.applied().getLast().concern()).contains(Concern.APPEAL_TOO_SOON);
        assertThat(s.stage()).isIn(Stage.REPAIR, Stage.REBUILDING);
    }

    // Meeting outcomes decide the next step.

    @Test
    void afterABadMeetingGiveItSpaceThenALighterIdea() {
        Status s = aJourney().textSent(45).reply(46).call(48, true).meeting(52, MeetingOutcome.BADLY).askedOnDay(53);
        assertThat(s.next().step()).isEqualTo(NextStep.GIVE_IT_SPACE);
        assertThat(s.next().earliest()).isEqualTo(day(59));
        assertThat(s.step().guide().toString()).isNotEqualTo("L10"); // L10 is about a hangout that "goes well"
        assertThat(s.countdown()).map(Countdowns::kind).contains(Wait.AFTER_BAD_MEETING);
    }

    @Test
    void afterAGoodMeetingProposeAnother() {
        Status s = aJourney().textSent(45).reply(46).call(48, true).meetingWell(52).askedOnDay(53);
        assertThat(s.next().step()).isEqualTo(NextStep.PROPOSE_ANOTHER_MEETING);
        assertThat(s.step().guide().toString()).isEqualTo("L10");
    }

    // Settings the guide argues against.

    @Test
    void aShortCoolingOffIsAcceptedWithAWarningNamingL1AndNeverQuotesACoupleOfMonths() {
        JourneyBuilder b = aJourney().coolingDays(10);
        for (int d = 0; d <= 40; d++) {
            Status s = b.askedOnDay(d);
            assertThat(s.warnings()).extracting(a -> a.guide().toString()).containsExactly("L1");
            assertThat(everythingSaid(s)).as("day " + d).doesNotContain("couple of months");
        }
        assertThat(b.askedOnDay(10).stage()).isEqualTo(Stage.FIRST_TEXT);
    }

    @Test
    void theDefaultCoolingOffHasNoWarning() {
        assertThat(aJourney().askedOnDay(5).warnings()).isEmpty();
    }

    // Counters for every wait.

    @Test
    void spaceCountsItsDays() {
        Journey j = COACH.journey("Sam", LocalDate.parse("2026-11-15"), EndedBy.MUTUAL, false, null);
        Status s = COACH.status(j, List.<JournalEvent>of(), LocalDate.parse("2026-11-29"));
        assertThat(s.countdown()).map(c -> c.line(COACH.playbook().counter(c.kind())))
                .contains("day 14 of 30, text from 2026-12-15");
    }

    @Test
    void everyWaitHasACountdown() {
        assertThat(kind(aJourney().textSent(45).askedOnDay(48))).contains(Wait.REPLY);
        assertThat(kind(aJourney().textSent(45).askedOnDay(60))).contains(Wait.SILENCE);
        assertThat(kind(aJourney().textSent(45).reply(46).call(48, false).askedOnDay(50))).contains(Wait.CALL_RETRY);
        assertThat(kind(aJourney().upToFeelings().feelings(66, FeelingsResponse.NOT_INTERESTED).askedOnDay(80)))
                .contains(Wait.APPEAL_WINDOW);
        assertThat(kind(aJourney().textSent(45).reply(46).askedOnDay(47))).isEmpty();
    }

    // The ex reaching out, and practical messages.

    @Test
    void theExReachingOutDuringSpaceDoesNotRestartTheUsersCoolingOff() {
        Status s = aJourney().event(new ExReachedOut(day(12), "asked how I am")).askedOnDay(20);
        assertThat(s.stage()).isEqualTo(Stage.SPACE);
        assertThat(s.next().earliest()).isEqualTo(day(30));
        assertThat(s.applied().getLast().concern()).isEmpty();
        assertThat(s.reachedOut()).map(a -> a.guide().toString()).contains("L1");
    }

    @Test
    void theExReachingOutWhileTheUserWaitsOpensTheConversation() {
        Status s = aJourney().textSent(45).event(new ExReachedOut(day(47), null)).askedOnDay(47);
        assertThat(s.stage()).isEqualTo(Stage.TEXTING);
        assertThat(s.reachedOut()).isPresent();
        Status answered = aJourney().textSent(45).event(new ExReachedOut(day(47), null)).call(49, false).askedOnDay(49);
        assertThat(answered.reachedOut()).isEmpty();
    }

    @Test
    void practicalMessagesAreRecordedAndNeverAStep() {
        Status s = aJourney().event(new PracticalContact(day(12), "returned the keys")).askedOnDay(20);
        assertThat(s.stage()).isEqualTo(Stage.SPACE);
        assertThat(s.next().earliest()).isEqualTo(day(30));
        assertThat(s.applied().getLast().concern()).isEmpty();
        Status later = aJourney().textSent(45).reply(46).event(new PracticalContact(day(47), "the cat")).askedOnDay(47);
        assertThat(later.stage()).isEqualTo(Stage.TEXTING);
    }

    // Corrections.

    @Test
    void aNoContactRequestRetractedWithin24HoursNoLongerCounts() {
        Journey j = aJourney().journey();
        Journal journal = logged(j, List.of(new TextSent(day(45), null), new NoContactRequested(day(46)),
                new Retraction(day(46), 2, "mis-tap")), Duration.ofHours(2));
        Status s = COACH.status(j, journal, day(46));
        assertThat(s.stage()).isEqualTo(Stage.AWAITING_REPLY);
        assertThat(s.applied().get(1).concern()).contains(Concern.RETRACTED);
        assertThat(COACH.retractionMeaning(EventSchema.fact(new NoContactRequested(day(46)))).text()).contains("honor it");
    }

    @Test
    void aNoContactRequestPast24HoursStandsAndTheRetractionIsRefused() {
        Journey j = aJourney().journey();
        Journal before = logged(j, List.of(new TextSent(day(45), null), new NoContactRequested(day(46))),
                Duration.ofHours(2));
        Instant late = before.entries().get(1).recordedAt().plus(Duration.ofHours(25));
        assertThat(Retractions.check(before, 2, late)).contains(Retractions.Refusal.FINAL_NO_PAST_24_HOURS);
        assertThat(Retractions.check(before, 1, late)).isEmpty();
        Journal journal = before.plus(Logged.of(3, new Retraction(day(47), 2, null), late));
        Status s = COACH.status(j, journal, day(47));
        assertThat(s.stage()).isEqualTo(Stage.MOVING_ON);
        assertThat(s.applied().getLast().concern()).contains(Concern.RETRACTION_NOT_HONOURED);
    }

    @Test
    void movingOnCanBeTakenBackAnyTimeAndARetractionCannot() {
        Journey j = aJourney().journey();
        Journal journal = logged(j, List.of(new MovedOn(day(20)), new Retraction(day(25), 1, null)), Duration.ofDays(5));
        assertThat(COACH.status(j, journal, day(25)).stage()).isEqualTo(Stage.SPACE);
        assertThat(Retractions.check(journal, 2, Instant.MAX)).contains(Retractions.Refusal.IS_A_RETRACTION);
        assertThat(Retractions.check(journal, 1, Instant.MAX)).contains(Retractions.Refusal.ALREADY_RETRACTED);
        assertThat(Retractions.check(journal, 9, Instant.MAX)).contains(Retractions.Refusal.NO_SUCH_ENTRY);
    }

    @Test
    void settingsChangesCountForTheWholeJourney() {
        Status longer = aJourney().event(new SettingsChanged(day(20), 60, null, null)).askedOnDay(45);
        assertThat(longer.stage()).isEqualTo(Stage.SPACE);
        assertThat(longer.next().earliest()).isEqualTo(day(60));
        Status endedByMe = aJourney().upToFeelings().feelings(66, FeelingsResponse.INTERESTED).forgiveness(67)
                .event(new SettingsChanged(day(67), null, EndedBy.ME, null)).askedOnDay(67);
        assertThat(endedByMe.stage()).isEqualTo(Stage.REPAIR);
        assertThat(endedByMe.next().step()).isEqualTo(NextStep.APOLOGIZE);
        Status shorter = aJourney().event(new SettingsChanged(day(2), 10, null, null)).askedOnDay(5);
        assertThat(shorter.applied().getLast().concern()).contains(Concern.COOLING_SHORTER_THAN_GUIDE);
        assertThat(shorter.warnings()).isNotEmpty();
    }

    // Words for a person in pain.

    @Test
    void journalRepliesFitTheMoodAndTheStage() {
        Advice hurt = COACH.journalReply(new Reflection(day(70), "Found out they're seeing someone. Hurts.", 1),
                Stage.MOVING_ON);
        Advice hiking = COACH.journalReply(new Reflection(day(20), "Great day hiking", 5), Stage.SPACE);
        assertThat(hurt.text()).isNotEqualTo(hiking.text());
        assertThat(hiking.text()).doesNotContain("instead of sending");
        assertThat(hurt.text()).contains("hard day");
    }

    @Test
    void movingOnAcknowledgesTheEndAndContactsNoOne() {
        Status s = aJourney().textSent(45).noContactRequest(46).askedOnDay(46);
        assertThat(s.contactsEx()).isFalse();
        assertThat(s.ending()).map(Advice::text).hasValueSatisfying(t -> assertThat(t).contains("hard to hear"));
        assertThat(s.step().action()).contains("private journal");
        assertThat(COACH.playbook().planClosing().text()).contains("journey has ended");
    }

    @Test
    void aLateReplyAfterTheSecondSilenceIsNotCalledUnanswered() {
        Status s = aJourney().textSent(45).textSent(90).reply(110).askedOnDay(110);
        assertThat(s.stage()).isEqualTo(Stage.MOVING_ON);
        assertThat(s.ending()).map(Advice::text).hasValueSatisfying(t -> assertThat(t).doesNotContain("unanswered"));
        assertThat(s.ending()).map(a -> a.guide().toString()).isNotEqualTo(Optional.of("L23"));
    }

    @Test
    void theMapTicksFeelingsOnlyWhenAFeelingsTalkHappened() {
        Status noTalk = aJourney().textSent(45).reply(46).noContactRequest(47).askedOnDay(47);
        assertThat(noTalk.visited()).doesNotContain(Stage.FEELINGS);
        Status talk = aJourney().upToFeelings().feelings(66, FeelingsResponse.NOT_INTERESTED).askedOnDay(66);
        assertThat(talk.visited()).contains(Stage.FEELINGS);
    }

    // The paced plan.

    @Test
    void thePlanKeepsTheGuidesPace() {
        JourneyBuilder b = aJourney();
        List<PlannedStep> road = COACH.plan(b.journey(), b.events(), day(10));
        assertThat(road).extracting(PlannedStep::step).startsWith(NextStep.SEND_FIRST_TEXT, NextStep.WAIT_FOR_REPLY,
                NextStep.CALL, NextStep.MEET, NextStep.PROPOSE_ANOTHER_MEETING, NextStep.TALK_ABOUT_FEELINGS);
        assertThat(road).extracting(PlannedStep::earliest).startsWith(day(30), day(31), day(33), day(40), day(47), day(47));
        assertThat(road.get(1).until()).isEqualTo(day(37));
    }

    @Test
    void thePlanNeverStartsBeforeTheDayAsked() {
        JourneyBuilder b = aJourney().textSent(45);
        List<PlannedStep> road = COACH.plan(b.journey(), b.events(), day(47));
        assertThat(road.getFirst().step()).isEqualTo(NextStep.WAIT_FOR_REPLY);
        assertThat(road.getFirst().earliest()).isEqualTo(day(47));
        assertThat(road.get(1).earliest()).isEqualTo(day(49));
    }

    @Test
    void afterTheNoThePlanWaitsThreeDaysForTheAppeal() {
        JourneyBuilder b = aJourney().upToFeelings().feelings(66, FeelingsResponse.NOT_INTERESTED);
        List<PlannedStep> road = COACH.plan(b.journey(), b.events(), day(66));
        assertThat(road.getFirst().step()).isEqualTo(NextStep.FINAL_APPEAL);
        assertThat(road.getFirst().earliest()).isEqualTo(day(69));
    }

    // Helpers.

    private static Optional<Wait> kind(Status s) {
        return s.countdown().map(Countdowns::kind);
    }

    private static final class Countdowns {
        static Wait kind(org.rekindle.plan.Countdown c) {
            return c.kind();
        }
    }

    /** Every word the status shows a person, quotes included. */
    private static String everythingSaid(Status s) {
        var p = COACH.playbook();
        List<String> said = new ArrayList<>(List.of(s.guide().title(), s.guide().summary(), s.step().action(),
                s.step().words()));
        for (Advice a : s.guide().dos()) {
            said.add(a.text());
            said.add(p.quote(a));
        }
        for (Advice a : s.guide().avoids()) {
            said.add(a.text());
            said.add(p.quote(a));
        }
        s.ending().ifPresent(a -> said.add(a.text()));
        return String.join(" | ", said);
    }

    /** The events as logged at the start of their day plus {@code gap} each, versions 1, 2, … */
    private static Journal logged(Journey j, List<JournalEvent> events, Duration gap) {
        List<Logged> out = new ArrayList<>();
        long v = 1;
        for (JournalEvent e : events) {
            out.add(Logged.of(v, e, e.at().atStartOfDay().toInstant(ZoneOffset.UTC).plus(gap)));
            v++;
        }
        return new Journal(out);
    }
}
