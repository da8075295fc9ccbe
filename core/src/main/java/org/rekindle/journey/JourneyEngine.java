package org.rekindle.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rekindle.journey.JournalEvent.AppealMade;
import org.rekindle.journey.JournalEvent.ApologyMade;
import org.rekindle.journey.JournalEvent.CallHeld;
import org.rekindle.journey.JournalEvent.ContactMade;
import org.rekindle.journey.JournalEvent.ExReachedOut;
import org.rekindle.journey.JournalEvent.FeelingsShared;
import org.rekindle.journey.JournalEvent.ForgivenessGiven;
import org.rekindle.journey.JournalEvent.MeetingHeld;
import org.rekindle.journey.JournalEvent.MovedOn;
import org.rekindle.journey.JournalEvent.NewMemoryMade;
import org.rekindle.journey.JournalEvent.NoContactRequested;
import org.rekindle.journey.JournalEvent.PracticalContact;
import org.rekindle.journey.JournalEvent.ReasonExplained;
import org.rekindle.journey.JournalEvent.Reflection;
import org.rekindle.journey.JournalEvent.ReplyReceived;
import org.rekindle.journey.JournalEvent.Retraction;
import org.rekindle.journey.JournalEvent.SettingsChanged;
import org.rekindle.journey.JournalEvent.TextSent;

/**
 * The process of STAGES.md as a pure fold: {@link #evolve} applies one event, {@link #advance}
 * lets time pass (cooling-off ending, a reply not coming, an appeal window closing). Today is an
 * argument; nothing here reads a clock.
 *
 * <p>Three things hold whatever is logged: a no-contact request or a declined appeal that stands
 * ends the journey in {@link Stage#MOVING_ON}, and nothing moves it out of there; the ex's answer
 * (to the feelings talk, to the appeal) counts whenever it comes; an event that does not fit is
 * recorded with a concern and moves nothing.
 */
public final class JourneyEngine {

    /** One event applied: the new state, and the concern when the event did not fit the stage. */
    public record Step(JourneyState state, Optional<Concern> concern) {
        static Step fine(JourneyState s) {
            return new Step(s, Optional.empty());
        }

        static Step with(JourneyState s, Concern c) {
            return new Step(s, Optional.ofNullable(c));
        }
    }

    /** An event in the order it was folded, with what the coach made of it. */
    public record Applied(JournalEvent event, Stage stageBefore, Stage stageAfter, Optional<Concern> concern) {
    }

    /**
     * Everything folded up to a day.
     *
     * @param journey the journey as its settings changes left it: the one the dates were counted with
     */
    public record Outcome(JourneyState state, List<Applied> applied, Journey journey) {
    }

    /** Orders the journal by day; events of the same day keep the order they were logged in. */
    public static final Comparator<JournalEvent> BY_DAY = Comparator.comparing(JournalEvent::at);

    private final Journey journey;
    private final Waits waits;

    public JourneyEngine(Journey journey) {
        this.journey = journey;
        this.waits = journey.waits();
    }

    public Journey journey() {
        return journey;
    }

    /**
     * Folds the journal as of a day: only events dated on or before {@code asOf} count.
     * The list need not be sorted; same-day events keep their relative order. The events are
     * taken as versions 1, 2, … in list order.
     */
    public Outcome fold(List<? extends JournalEvent> events, LocalDate asOf) {
        return fold(Journal.of(events), asOf);
    }

    /**
     * Folds the journal as of a day. Two kinds of entry correct the record rather than tell the
     * story, so they count for every day asked about: retractions (the retracted entry is left
     * out; see {@link Retractions}) and settings changes (applied in journal order to the journey
     * the dates are counted with). Everything else counts from its own day, oldest first.
     */
    public Outcome fold(Journal journal, LocalDate asOf) {
        Map<Long, Logged> retracted = Retractions.retracted(journal);
        Journey effective = journey;
        for (Logged l : journal.entries()) {
            if (l.event() instanceof SettingsChanged c && !retracted.containsKey(l.version())) {
                effective = c.applyTo(effective);
            }
        }
        JourneyEngine engine = effective.equals(journey) ? this : new JourneyEngine(effective);
        return engine.foldCounted(journal, retracted, asOf);
    }

    private Outcome foldCounted(Journal journal, Map<Long, Logged> retracted, LocalDate asOf) {
        List<Logged> sorted = new ArrayList<>(journal.entries().size());
        for (Logged l : journal.entries()) {
            if (!l.event().at().isAfter(asOf)) {
                sorted.add(l);
            }
        }
        sorted.sort(Comparator.comparing((Logged l) -> l.event().at())); // stable: same-day order is the logging order
        JourneyState state = JourneyState.atBreakup(journey.breakup());
        List<Applied> applied = new ArrayList<>(sorted.size());
        for (Logged l : sorted) {
            JournalEvent e = l.event();
            JourneyState before = advance(state, e.at());
            Step step;
            if (retracted.containsKey(l.version())) {
                step = Step.with(before, Concern.RETRACTED);
            } else if (e instanceof Retraction r) {
                step = Step.with(before, retracted.get(r.version()) == l ? null : Concern.RETRACTION_NOT_HONOURED);
            } else if (e instanceof SettingsChanged c) {
                step = Step.with(before, c.coolingDays() != null
                        && c.coolingDays() < Waits.GUIDE_MINIMUM_COOLING_DAYS ? Concern.COOLING_SHORTER_THAN_GUIDE : null);
            } else {
                step = evolve(before, e);
            }
            applied.add(new Applied(e, before.stage(), step.state().stage(), step.concern()));
            state = step.state();
        }
        return new Outcome(advance(state, asOf), applied, journey);
    }

    /** Lets time pass up to {@code day}: the transitions that happen when nothing is logged. */
    public JourneyState advance(JourneyState s, LocalDate day) {
        while (true) {
            JourneyState next = switch (s.stage()) {
                case SPACE -> {
                    LocalDate end = coolingOffEnds(s);
                    yield day.isBefore(end) ? s : s.to().stage(Stage.FIRST_TEXT, end).build();
                }
                case AWAITING_REPLY -> {
                    LocalDate silence = silenceBegins(s);
                    if (day.isBefore(silence)) {
                        yield s;
                    }
                    yield s.textsAwaiting() >= 2
                            ? s.to().movingOn(MovingOnReason.SECOND_SILENCE, silence).build()
                            : s.to().stage(Stage.SILENCE, silence).silenceSince(silence).build();
                }
                case DECLINED -> {
                    LocalDate closes = appealWindowCloses(s);
                    yield day.isAfter(closes)
                            ? s.to().movingOn(MovingOnReason.NO_APPEAL_IN_TIME, closes.plusDays(1)).build()
                            : s;
                }
                case FIRST_TEXT, TEXTING, CALL, MEETING, FEELINGS, REPAIR, REBUILDING, SILENCE, MOVING_ON -> s;
            };
            if (next == s) {
                return s;
            }
            s = next;
        }
    }

    /** Applies one event to a state already advanced to the event's day. */
    public Step evolve(JourneyState s, JournalEvent e) {
        LocalDate on = e.at();
        switch (e) {
            // Never a step: private words, logistics, and corrections (the fold handles those).
            case Reflection r -> { return Step.fine(s); }
            case PracticalContact p -> { return Step.fine(s); }
            case Retraction r -> { return Step.fine(s); }
            case SettingsChanged c -> { return Step.fine(s); }
            case ExReachedOut x -> { return exReachedOut(s, x); }
            default -> { }
        }
        if (s.stage() == Stage.MOVING_ON) {
            JourneyState after = e instanceof ReplyReceived ? s.to().heardAfterEnd().build() : s;
            return Step.with(after, Concern.AFTER_THE_END);
        }
        // The user took a step towards the ex: their message, if any, is answered.
        if (s.exReachedOutOn() != null && contactsEx(e)) {
            s = s.to().answeredThem().build();
        }
        // A no is final, in every stage.
        if (e instanceof NoContactRequested) {
            return Step.fine(s.to().movingOn(MovingOnReason.NO_CONTACT_REQUESTED, on).build());
        }
        if (e instanceof MovedOn) {
            return Step.fine(s.to().movingOn(MovingOnReason.USER_CHOSE, on).build());
        }
        // The ex's answer counts whenever it comes.
        if (e instanceof FeelingsShared f) {
            return feelings(s, f);
        }
        if (e instanceof AppealMade a) {
            return appeal(s, a);
        }
        if (e instanceof ForgivenessGiven) {
            // The user's own step (L24), fine whenever they are ready; it contacts no one.
            return Step.fine(afterRepairStep(s.to().forgiven().build(), on));
        }
        return switch (s.stage()) {
            case SPACE -> inSpace(s, e);
            case FIRST_TEXT -> switch (e) {
                case TextSent t -> Step.fine(s.to().stage(Stage.AWAITING_REPLY, on).textSent(on, 1).build());
                case ReplyReceived r -> Step.with(s, Concern.NOTHING_TO_REPLY_TO);
                default -> outOfStage(s, e);
            };
            case AWAITING_REPLY -> switch (e) {
                case ReplyReceived r -> Step.fine(s.to().stage(Stage.TEXTING, on).conversationOpened(on).build());
                case TextSent t -> Step.with(s, Concern.DOUBLE_TEXT);
                default -> outOfStage(s, e);
            };
            case SILENCE -> switch (e) {
                case ReplyReceived r -> Step.fine(s.to().stage(Stage.TEXTING, on).conversationOpened(on).build());
                case TextSent t -> {
                    JourneyState next = s.to().stage(Stage.AWAITING_REPLY, on).textSent(on, s.textsAwaiting() + 1).build();
                    yield on.isBefore(oneMoreTextAllowed(s)) ? Step.with(next, Concern.TEXT_TOO_SOON) : Step.fine(next);
                }
                default -> outOfStage(s, e);
            };
            case TEXTING -> switch (e) {
                case TextSent t -> Step.fine(s);
                case ReplyReceived r -> Step.fine(s);
                case CallHeld c -> Step.fine(s.to().lastCallOn(on)
                        .stage(c.meetingAgreed() ? Stage.MEETING : Stage.CALL, on).build());
                default -> outOfStage(s, e);
            };
            case CALL -> switch (e) {
                case TextSent t -> Step.fine(s);
                case ReplyReceived r -> Step.fine(s);
                case ReasonExplained x -> Step.fine(s.to().explained().build());
                case CallHeld c -> {
                    boolean early = s.lastCallOn() != null && on.isBefore(nextCallAllowed(s));
                    JourneyState next = s.to().lastCallOn(on).stage(c.meetingAgreed() ? Stage.MEETING : Stage.CALL, on).build();
                    yield early ? Step.with(next, Concern.CALL_TOO_SOON) : Step.fine(next);
                }
                // Meeting shows the ex agreed to meet, whatever the last call said.
                case MeetingHeld m -> Step.fine(meetingHeld(s.to().stage(Stage.MEETING, on).build(), m));
                default -> outOfStage(s, e);
            };
            case MEETING -> switch (e) {
                case MeetingHeld m -> Step.fine(meetingHeld(s, m));
                case TextSent t -> Step.fine(s);
                case ReplyReceived r -> Step.fine(s);
                case CallHeld c -> Step.fine(s.to().lastCallOn(on).build());
                case ReasonExplained x -> Step.fine(s.to().explained().build());
                case ApologyMade a -> Step.fine(s.to().apologized().build());
                default -> outOfStage(s, e);
            };
            case FEELINGS -> switch (e) {
                case MeetingHeld m -> Step.fine(s.to().meetingHeld(on, m.outcome()).build());
                case TextSent t -> Step.fine(s);
                case ReplyReceived r -> Step.fine(s);
                case CallHeld c -> Step.fine(s.to().lastCallOn(on).build());
                case ReasonExplained x -> Step.fine(s.to().explained().build());
                case ApologyMade a -> Step.fine(s.to().apologized().build());
                default -> outOfStage(s, e);
            };
            case DECLINED -> outOfStage(s, e);
            case REPAIR -> switch (e) {
                case ApologyMade a -> Step.fine(afterRepairStep(s.to().apologized().build(), on));
                case MeetingHeld m -> Step.fine(s.to().meetingHeld(on, m.outcome()).build());
                default -> Step.fine(s);
            };
            case REBUILDING -> switch (e) {
                case ApologyMade a -> Step.fine(s.to().apologized().build());
                case MeetingHeld m -> Step.fine(s.to().meetingHeld(on, m.outcome()).build());
                default -> Step.fine(s);
            };
            case MOVING_ON -> Step.with(s, Concern.AFTER_THE_END);
        };
    }

    /** Whether the user's event means they were in touch with the ex. */
    private static boolean contactsEx(JournalEvent e) {
        return switch (e) {
            case ContactMade c -> true;
            case TextSent t -> true;
            case CallHeld c -> true;
            case MeetingHeld m -> true;
            case ReasonExplained x -> true;
            case FeelingsShared f -> true;
            case AppealMade a -> true;
            case ApologyMade a -> true;
            case NewMemoryMade n -> true;
            case ReplyReceived r -> false;
            case NoContactRequested n -> false;
            case ForgivenessGiven f -> false;
            case MovedOn m -> false;
            case ExReachedOut x -> false;
            case PracticalContact p -> false;
            case Retraction r -> false;
            case SettingsChanged c -> false;
            case Reflection r -> false;
        };
    }

    /**
     * The ex wrote first. It never restarts the user's cooling-off (that time apart is the user's
     * to keep, L1); before any conversation it opens one, as a reply would (L8); anywhere else it is
     * recorded and the status says how to answer at that stage.
     */
    private Step exReachedOut(JourneyState s, ExReachedOut x) {
        LocalDate on = x.at();
        return switch (s.stage()) {
            case FIRST_TEXT, AWAITING_REPLY, SILENCE ->
                    Step.fine(s.to().stage(Stage.TEXTING, on).conversationOpened(on).exReachedOut(on).build());
            case MOVING_ON -> Step.fine(s.to().exReachedOut(on).heardAfterEnd().build());
            case SPACE, TEXTING, CALL, MEETING, FEELINGS, DECLINED, REPAIR, REBUILDING ->
                    Step.fine(s.to().exReachedOut(on).build());
        };
    }

    /** Any contact during the cooling-off restarts it from that day (L1); anything else does not fit yet. */
    private Step inSpace(JourneyState s, JournalEvent e) {
        return switch (e) {
            case ContactMade c -> restartCooling(s, e);
            case TextSent t -> restartCooling(s, e);
            case CallHeld c -> restartCooling(s, e);
            case MeetingHeld m -> restartCooling(s, e);
            case ReasonExplained x -> restartCooling(s, e);
            case ApologyMade a -> restartCooling(s.to().apologized().build(), e);
            case NewMemoryMade n -> restartCooling(s, e);
            case ReplyReceived r -> Step.with(s, Concern.NOTHING_TO_REPLY_TO);
            default -> outOfStage(s, e);
        };
    }

    private Step restartCooling(JourneyState s, JournalEvent e) {
        return Step.with(s.to().coolingFrom(e.at()).build(), Concern.COOLING_OFF_RESTARTED);
    }

    /** The event does not fit: recorded, and the stage stays (an apology still counts as made). */
    private Step outOfStage(JourneyState s, JournalEvent e) {
        if (e instanceof ApologyMade) {
            return Step.with(s.to().apologized().build(), Concern.OUT_OF_STAGE);
        }
        return Step.with(s, Concern.OUT_OF_STAGE);
    }

    private JourneyState meetingHeld(JourneyState s, MeetingHeld m) {
        JourneyState next = s.to().meetingHeld(m.at(), m.outcome()).build();
        return next.goodMeetings() >= waits.meetingsBeforeFeelings()
                ? next.to().stage(Stage.FEELINGS, m.at()).build()
                : next;
    }

    /**
     * The feelings talk, whenever it is held: the ex's answer moves the stage as it would from
     * {@code FEELINGS} (STAGES.md, "The ex's answer counts whenever it comes"). The concern says
     * what was early; the stage says what the answer did.
     */
    private Step feelings(JourneyState s, FeelingsShared f) {
        LocalDate on = f.at();
        Concern concern = switch (s.stage()) {
            case SPACE -> Concern.FEELINGS_DURING_SPACE;
            case FIRST_TEXT, AWAITING_REPLY, SILENCE, TEXTING, CALL, MEETING -> Concern.FEELINGS_TOO_EARLY;
            case FEELINGS -> s.timesAskedToWait() >= 1 && on.isBefore(askAgainAllowed(s))
                    ? Concern.ASKED_AGAIN_TOO_SOON : null;
            case DECLINED, REPAIR, REBUILDING, MOVING_ON -> null;
        };
        JourneyState base = s.stage() == Stage.SPACE ? s.to().coolingFrom(on).build() : s;
        base = base.to().feelingsTalked().build();
        JourneyState next = switch (f.response()) {
            case INTERESTED -> s.stage() == Stage.REBUILDING ? base : toRepair(base, on);
            case NEEDS_TIME -> base.timesAskedToWait() >= 1
                    ? declined(base.to().askedToWait(on).build(), on)
                    : base.to().askedToWait(on).stage(Stage.FEELINGS, on).build();
            case NOT_INTERESTED -> declined(base, on);
        };
        return Step.with(next, concern);
    }

    /**
     * The one final appeal, and its answer, whenever it comes: accepted opens repair, declined
     * ends the journey for good (L22–23).
     */
    private Step appeal(JourneyState s, AppealMade a) {
        LocalDate on = a.at();
        Concern concern;
        if (s.appealMade()) {
            concern = Concern.APPEAL_ALREADY_MADE;
        } else if (s.stage() == Stage.DECLINED) {
            concern = on.isBefore(appealAllowed(s)) ? Concern.APPEAL_TOO_SOON : null;
        } else {
            concern = Concern.APPEAL_WITHOUT_A_NO;
        }
        JourneyState base = s.stage() == Stage.SPACE ? s.to().coolingFrom(on).build() : s;
        base = base.to().appealMade().build();
        JourneyState next = switch (a.response()) {
            case DECLINED -> base.to().movingOn(MovingOnReason.APPEAL_DECLINED, on).build();
            case ACCEPTED -> s.stage() == Stage.REBUILDING ? base : toRepair(base, on);
        };
        return Step.with(next, concern);
    }

    private JourneyState toRepair(JourneyState s, LocalDate on) {
        return afterRepairStep(s.to().stage(Stage.REPAIR, on).build(), on);
    }

    private JourneyState declined(JourneyState s, LocalDate on) {
        return s.stage() == Stage.DECLINED ? s : s.to().stage(Stage.DECLINED, on).declinedOn(on).build();
    }

    /** In repair, the apology (where owed) and forgiveness together open rebuilding. */
    private JourneyState afterRepairStep(JourneyState s, LocalDate on) {
        boolean apologyDone = s.apologized() || !journey.apologyOwed();
        if (s.stage() == Stage.REPAIR && apologyDone && s.forgiven()) {
            return s.to().stage(Stage.REBUILDING, on).build();
        }
        return s;
    }

    // The dates of the process, one place for each.

    public LocalDate coolingOffEnds(JourneyState s) {
        return s.coolingFrom().plusDays(waits.coolingDays());
    }

    /** The last day a reply is waited for. */
    public LocalDate replyDeadline(JourneyState s) {
        return s.textSentOn().plusDays(waits.replyWaitDays());
    }

    public LocalDate silenceBegins(JourneyState s) {
        return replyDeadline(s).plusDays(1);
    }

    public LocalDate oneMoreTextAllowed(JourneyState s) {
        return s.silenceSince().plusDays(waits.silenceWaitDays());
    }

    public LocalDate nextCallAllowed(JourneyState s) {
        return s.lastCallOn().plusDays(waits.callRetryDays());
    }

    public LocalDate askAgainAllowed(JourneyState s) {
        return s.lastAskedToWaitOn().plusDays(waits.askAgainDays());
    }

    /** The first day the one final appeal is suggested: a few days after the no (house rule). */
    public LocalDate appealAllowed(JourneyState s) {
        return s.declinedOn().plusDays(waits.appealNotBeforeDays());
    }

    /** The last day the one final appeal may be made. */
    public LocalDate appealWindowCloses(JourneyState s) {
        return s.declinedOn().plusDays(waits.appealWindowDays());
    }
}
