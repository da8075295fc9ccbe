package org.rekindle.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rekindle.journey.AppealResponse.DECLINED;
import static org.rekindle.journey.FeelingsResponse.INTERESTED;
import static org.rekindle.journey.FeelingsResponse.NEEDS_TIME;
import static org.rekindle.journey.FeelingsResponse.NOT_INTERESTED;
import static org.rekindle.status.JourneyBuilder.aJourney;
import static org.rekindle.status.JourneyBuilder.day;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rekindle.journey.Concern;
import org.rekindle.journey.Stage;

/** SCENARIOS.md, row by row: what was logged, the day asked, and what the coach says. */
class ScenariosTest {

    private static void expect(Status s, Stage stage, Integer earliestDay, boolean contactsEx) {
        assertThat(s.stage()).as("stage").isEqualTo(stage);
        LocalDate earliest = earliestDay == null ? null : day(earliestDay);
        assertThat(s.next().earliest()).as("next.earliest").isEqualTo(earliest);
        assertThat(s.contactsEx()).as("contacts_ex").isEqualTo(contactsEx);
    }

    @Test @DisplayName("1: nothing logged, day 10: space until day 30")
    void s01() { expect(aJourney().askedOnDay(10), Stage.SPACE, 30, true); }

    @Test @DisplayName("2: nothing logged, day 30: time for the first text")
    void s02() { expect(aJourney().askedOnDay(30), Stage.FIRST_TEXT, 30, true); }

    @Test @DisplayName("3: contact on day 12 restarts the cooling-off to day 42")
    void s03() {
        Status s = aJourney().contact(12).askedOnDay(20);
        expect(s, Stage.SPACE, 42, true);
        assertThat(s.applied().get(0).concern()).contains(Concern.COOLING_OFF_RESTARTED);
    }

    @Test @DisplayName("4: text on day 45, day 48: awaiting a reply until day 52")
    void s04() {
        Status s = aJourney().textSent(45).askedOnDay(48);
        expect(s, Stage.AWAITING_REPLY, null, false);
        assertThat(s.next().until()).isEqualTo(day(52));
    }

    @Test @DisplayName("5: no reply by day 53: silence, one more text from day 83")
    void s05() { expect(aJourney().textSent(45).askedOnDay(53), Stage.SILENCE, 83, true); }

    @Test @DisplayName("6: a reply on day 46: texting")
    void s06() { expect(aJourney().textSent(45).reply(46).askedOnDay(46), Stage.TEXTING, 46, true); }

    @Test @DisplayName("7: a call with no meeting agreed on day 48: call again from day 55")
    void s07() { expect(aJourney().textSent(45).reply(46).call(48, false).askedOnDay(50), Stage.CALL, 55, true); }

    @Test @DisplayName("8: a call with a meeting agreed: meeting")
    void s08() { expect(aJourney().textSent(45).reply(46).call(48, true).askedOnDay(48), Stage.MEETING, 48, true); }

    @Test @DisplayName("9: two good meetings: the feelings talk")
    void s09() { expect(aJourney().upToFeelings().askedOnDay(59), Stage.FEELINGS, 59, true); }

    @Test @DisplayName("10: needs time on day 66: ask again from day 80")
    void s10() { expect(aJourney().upToFeelings().feelings(66, NEEDS_TIME).askedOnDay(70), Stage.FEELINGS, 80, true); }

    // Row 11 changed on 2026-11-29 with STAGES.md's appeal default: day 83, not day 80.
    @Test @DisplayName("11: needs time a second time: declined, the one appeal not before 3 days after the no")
    void s11() {
        Status s = aJourney().upToFeelings().feelings(66, NEEDS_TIME).feelings(80, NEEDS_TIME).askedOnDay(80);
        expect(s, Stage.DECLINED, 83, true);
        assertThat(s.next().until()).as("last day for the appeal").isEqualTo(day(110));
    }

    @Test @DisplayName("12: not interested on day 66, no appeal by day 100: moving on")
    void s12() { expect(aJourney().upToFeelings().feelings(66, NOT_INTERESTED).askedOnDay(100), Stage.MOVING_ON, null, false); }

    @Test @DisplayName("12b: the appeal window is still open on its last day, day 96")
    void s12b() { expect(aJourney().upToFeelings().feelings(66, NOT_INTERESTED).askedOnDay(96), Stage.DECLINED, 96, true); }

    @Test @DisplayName("13: appeal declined: moving on")
    void s13() {
        expect(aJourney().upToFeelings().feelings(66, NOT_INTERESTED).appeal(70, DECLINED).askedOnDay(70),
                Stage.MOVING_ON, null, false);
    }

    @Test @DisplayName("14: anything after the end is recorded with a warning, never acted on")
    void s14() {
        Status s = aJourney().upToFeelings().feelings(66, NOT_INTERESTED).appeal(70, DECLINED)
                .reply(90).call(92, true).askedOnDay(400);
        expect(s, Stage.MOVING_ON, null, false);
        assertThat(s.applied()).hasSize(9);
        assertThat(s.applied().subList(7, 9)).allSatisfy(a -> assertThat(a.concern()).contains(Concern.AFTER_THE_END));
    }

    @Test @DisplayName("15: a no-contact request: moving on")
    void s15() { expect(aJourney().textSent(45).noContactRequest(46).askedOnDay(46), Stage.MOVING_ON, null, false); }

    @Test @DisplayName("16: ended by the user, interested, forgiven: repair, apology owed")
    void s16() {
        Status s = aJourney().endedByUser().upToFeelings().feelings(66, INTERESTED).forgiveness(67).askedOnDay(67);
        expect(s, Stage.REPAIR, 67, true);
        assertThat(s.next().step()).isEqualTo(org.rekindle.plan.NextStep.APOLOGIZE);
    }

    @Test @DisplayName("17: and the apology: rebuilding")
    void s17() {
        expect(aJourney().endedByUser().upToFeelings().feelings(66, INTERESTED).forgiveness(67).apology(68).askedOnDay(68),
                Stage.REBUILDING, 68, true);
    }

    @Test @DisplayName("18: silence, then one more text on day 90: awaiting until day 97")
    void s18() {
        Status s = aJourney().textSent(45).textSent(90).askedOnDay(91);
        expect(s, Stage.AWAITING_REPLY, null, false);
        assertThat(s.next().until()).isEqualTo(day(97));
    }

    @Test @DisplayName("19: a second silence: moving on")
    void s19() { expect(aJourney().textSent(45).textSent(90).askedOnDay(100), Stage.MOVING_ON, null, false); }

    @Test @DisplayName("20: only what happened by the day asked counts")
    void s20() { expect(aJourney().upToFeelings().askedOnDay(50), Stage.MEETING, 50, true); }
}
