package org.rekindle.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.Journey;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.playbook.PlaybookLoader;

/** Given-events builder in the words of the scenarios: days count from the breakup, day 0. */
public final class JourneyBuilder {

    public static final LocalDate BREAKUP = LocalDate.of(2026, 9, 1);
    static final Coach COACH = new Coach(PlaybookLoader.bundled());

    private EndedBy endedBy = EndedBy.MUTUAL;
    private boolean hurtful;
    private Integer coolingDays;
    private final List<JournalEvent> events = new ArrayList<>();

    public static JourneyBuilder aJourney() {
        return new JourneyBuilder();
    }

    public static LocalDate day(int n) {
        return BREAKUP.plusDays(n);
    }

    public JourneyBuilder endedByUser() { endedBy = EndedBy.ME; return this; }
    public JourneyBuilder hurtful() { hurtful = true; return this; }
    public JourneyBuilder coolingDays(int d) { coolingDays = d; return this; }
    public JourneyBuilder contact(int d) { events.add(new ContactMade(day(d))); return this; }
    public JourneyBuilder textSent(int d) { events.add(new TextSent(day(d), "hi")); return this; }
    public JourneyBuilder reply(int d) { events.add(new ReplyReceived(day(d))); return this; }
    public JourneyBuilder call(int d, boolean agreed) { events.add(new CallHeld(day(d), agreed)); return this; }
    public JourneyBuilder meeting(int d, MeetingOutcome o) { events.add(new MeetingHeld(day(d), o)); return this; }
    public JourneyBuilder meetingWell(int d) { return meeting(d, MeetingOutcome.WELL); }
    public JourneyBuilder feelings(int d, FeelingsResponse r) { events.add(new FeelingsShared(day(d), r)); return this; }
    public JourneyBuilder appeal(int d, AppealResponse r) { events.add(new AppealMade(day(d), r)); return this; }
    public JourneyBuilder noContactRequest(int d) { events.add(new NoContactRequested(day(d))); return this; }
    public JourneyBuilder apology(int d) { events.add(new ApologyMade(day(d))); return this; }
    public JourneyBuilder forgiveness(int d) { events.add(new ForgivenessGiven(day(d))); return this; }
    public JourneyBuilder event(JournalEvent e) { events.add(e); return this; }

    /** Scenario 9's road: text 45, reply 46, call agreed 48, good meetings 52 and 59. */
    public JourneyBuilder upToFeelings() {
        return textSent(45).reply(46).call(48, true).meetingWell(52).meetingWell(59);
    }

    public Journey journey() {
        return COACH.journey("Sam", BREAKUP, endedBy, hurtful, coolingDays);
    }

    public List<JournalEvent> events() {
        return List.copyOf(events);
    }

    public Status askedOnDay(int d) {
        return COACH.status(journey(), events, day(d));
    }
}
