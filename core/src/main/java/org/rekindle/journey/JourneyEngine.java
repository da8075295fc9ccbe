package org.rekindle.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;


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

    /** An entry in the order it was folded (by its version), with what the coach made of it. */
    public record Applied(long version, Fact fact, Stage stageBefore, Stage stageAfter, Optional<Concern> concern) {
    }

    /**
     * Everything folded up to a day.
     *
     * @param journey the journey as its settings changes left it: the one the dates were counted with
     */
    public record Outcome(JourneyState state, List<Applied> applied, Journey journey) {
    }

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
            if (l.fact() instanceof Fact.Settings c && !retracted.containsKey(l.version())) {
                effective = c.change().applyTo(effective);
            }
        }
        JourneyEngine engine = effective.equals(journey) ? this : new JourneyEngine(effective);
        return engine.foldCounted(journal, retracted, asOf);
    }

    private Outcome foldCounted(Journal journal, Map<Long, Logged> retracted, LocalDate asOf) {
        List<Logged> sorted = new ArrayList<>(journal.entries().size());
        for (Logged l : journal.entries()) {
            if (!l.fact().at().isAfter(asOf)) {
                sorted.add(l);
            }
        }
        sorted.sort(Comparator.comparing((Logged l) -> l.fact().at())); // stable: same-day order is the logging order
        JourneyState state = JourneyState.atBreakup(journey.breakup());
        List<Applied> applied = new ArrayList<>(sorted.size());
        for (Logged l : sorted) {
            Fact f = l.fact();
            JourneyState before = advance(state, f.at());
            Step step = retracted.containsKey(l.version()) ? Step.with(before, Concern.RETRACTED) : switch (f) {
                case Fact.Retracted r ->
                        Step.with(before, retracted.get(r.retracts()) == l ? null : Concern.RETRACTION_NOT_HONOURED);
                case Fact.Settings c -> Step.with(before, c.change().coolingDays() != null
                        && c.change().coolingDays() < Waits.GUIDE_MINIMUM_COOLING_DAYS ? Concern.COOLING_SHORTER_THAN_GUIDE : null);
                case Fact.Move m -> evolve(before, m);
            };
            applied.add(new Applied(l.version(), f, before.stage(), step.state().stage(), step.concern()));
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

    /** Applies one step of the story to a state already advanced to its day. */
    public Step evolve(JourneyState s, Fact.Move e) {
        LocalDate on = e.at();
        switch (e.kind()) {
            // Never a step: private words, logistics, and corrections (the fold handles those).
            case JOURNAL, PRACTICAL, RETRACTION, SETTINGS -> { return Step.fine(s); }
            case EX_REACHED_OUT -> { return exReachedOut(s, e); }
            default -> { }
        }
        if (s.stage() == Stage.MOVING_ON) {
            JourneyState after = e.kind() == Kind.REPLY ? s.to().heardAfterEnd().build() : s;
            return Step.with(after, Concern.AFTER_THE_END);
        }
        // The user took a step towards the ex: their message, if any, is answered.
        if (s.exReachedOutOn() != null && contactsEx(e)) {
            s = s.to().answeredThem().build();
        }
        // A no is final, in every stage.
        if (e.kind() == Kind.NO_CONTACT_REQUEST) {
            return Step.fine(s.to().movingOn(MovingOnReason.NO_CONTACT_REQUESTED, on).build());
        }
        if (e.kind() == Kind.MOVING_ON) {
            return Step.fine(s.to().movingOn(MovingOnReason.USER_CHOSE, on).build());
        }
        // The ex's answer counts whenever it comes.
        if (e.kind() == Kind.FEELINGS) {
            return feelings(s, e);
        }
        if (e.kind() == Kind.APPEAL) {
            return appeal(s, e);
        }
        if (e.kind() == Kind.FORGIVENESS) {
            // The user's own step (L24), fine whenever they are ready; it contacts no one.
            return Step.fine(afterRepairStep(s.to().forgiven().build(), on));
        }
        return switch (s.stage()) {
            case SPACE -> inSpace(s, e);
            case FIRST_TEXT -> switch (e.kind()) {
                case TEXT_SENT -> Step.fine(s.to().stage(Stage.AWAITING_REPLY, on).textSent(on, 1).build());
                case REPLY -> Step.with(s, Concern.NOTHING_TO_REPLY_TO);
                default -> outOfStage(s, e);
            };
            case AWAITING_REPLY -> switch (e.kind()) {
                case REPLY -> Step.fine(s.to().stage(Stage.TEXTING, on).conversationOpened(on).build());
                case TEXT_SENT -> Step.with(s, Concern.DOUBLE_TEXT);
                default -> outOfStage(s, e);
            };
            case SILENCE -> switch (e.kind()) {
                case REPLY -> Step.fine(s.to().stage(Stage.TEXTING, on).conversationOpened(on).build());
                case TEXT_SENT -> {
                    JourneyState next = s.to().stage(Stage.AWAITING_REPLY, on).textSent(on, s.textsAwaiting() + 1).build();
                    yield on.isBefore(oneMoreTextAllowed(s)) ? Step.with(next, Concern.TEXT_TOO_SOON) : Step.fine(next);
                }
                default -> outOfStage(s, e);
            };
            case TEXTING -> switch (e.kind()) {
                case TEXT_SENT -> Step.fine(s);
                case REPLY -> Step.fine(s);
                case CALL -> Step.fine(s.to().lastCallOn(on)
                        .stage(e.meetingAgreed() ? Stage.MEETING : Stage.CALL, on).build());
                default -> outOfStage(s, e);
            };
            case CALL -> switch (e.kind()) {
                case TEXT_SENT -> Step.fine(s);
                case REPLY -> Step.fine(s);
                case EXPLAINED -> Step.fine(s.to().explained().build());
                case CALL -> {
                    boolean early = s.lastCallOn() != null && on.isBefore(nextCallAllowed(s));
                    JourneyState next = s.to().lastCallOn(on).stage(e.meetingAgreed() ? Stage.MEETING : Stage.CALL, on).build();
                    yield early ? Step.with(next, Concern.CALL_TOO_SOON) : Step.fine(next);
                }
                // Meeting shows the ex agreed to meet, whatever the last call said.
                case MEETING -> Step.fine(meetingHeld(s.to().stage(Stage.MEETING, on).build(), e));
                default -> outOfStage(s, e);
            };
            case MEETING -> switch (e.kind()) {
                case MEETING -> Step.fine(meetingHeld(s, e));
                case TEXT_SENT -> Step.fine(s);
                case REPLY -> Step.fine(s);
                case CALL -> Step.fine(s.to().lastCallOn(on).build());
                case EXPLAINED -> Step.fine(s.to().explained().build());
                case APOLOGY -> Step.fine(s.to().apologized().build());
                default -> outOfStage(s, e);
            };
            case FEELINGS -> switch (e.kind()) {
                case MEETING -> Step.fine(s.to().meetingHeld(on, e.outcome()).build());
                case TEXT_SENT -> Step.fine(s);
                case REPLY -> Step.fine(s);
                case CALL -> Step.fine(s.to().lastCallOn(on).build());
                case EXPLAINED -> Step.fine(s.to().explained().build());
                case APOLOGY -> Step.fine(s.to().apologized().build());
                default -> outOfStage(s, e);
            };
            case DECLINED -> outOfStage(s, e);
            case REPAIR -> switch (e.kind()) {
                case APOLOGY -> Step.fine(afterRepairStep(s.to().apologized().build(), on));
                case MEETING -> Step.fine(s.to().meetingHeld(on, e.outcome()).build());
                default -> Step.fine(s);
            };
            case REBUILDING -> switch (e.kind()) {
                case APOLOGY -> Step.fine(s.to().apologized().build());
                case MEETING -> Step.fine(s.to().meetingHeld(on, e.outcome()).build());
                default -> Step.fine(s);
            };
            case MOVING_ON -> Step.with(s, Concern.AFTER_THE_END);
        };
    }

    /** Whether the user's step means they were in touch with the ex. */
    private static boolean contactsEx(Fact.Move e) {
        return switch (e.kind()) {
            case CONTACT, TEXT_SENT, CALL, MEETING, EXPLAINED, FEELINGS, APPEAL, APOLOGY, NEW_MEMORY -> true;
            case REPLY, NO_CONTACT_REQUEST, FORGIVENESS, MOVING_ON, EX_REACHED_OUT, PRACTICAL, RETRACTION, SETTINGS,
                 JOURNAL -> false;
        };
    }

    /**
     * The ex wrote first. It never restarts the user's cooling-off (that time apart is the user's
     * to keep, L1); before any conversation it opens one, as a reply would (L8); anywhere else it is
     * recorded and the status says how to answer at that stage.
     */
    private Step exReachedOut(JourneyState s, Fact.Move x) {
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
    private Step inSpace(JourneyState s, Fact.Move e) {
        return switch (e.kind()) {
            case CONTACT -> restartCooling(s, e);
            case TEXT_SENT -> restartCooling(s, e);
            case CALL -> restartCooling(s, e);
            case MEETING -> restartCooling(s, e);
            case EXPLAINED -> restartCooling(s, e);
            case APOLOGY -> restartCooling(s.to().apologized().build(), e);
            case NEW_MEMORY -> restartCooling(s, e);
            case REPLY -> Step.with(s, Concern.NOTHING_TO_REPLY_TO);
            default -> outOfStage(s, e);
        };
    }

    private Step restartCooling(JourneyState s, Fact.Move e) {
        return Step.with(s.to().coolingFrom(e.at()).build(), Concern.COOLING_OFF_RESTARTED);
    }

    /** The event does not fit: recorded, and the stage stays (an apology still counts as made). */
    private Step outOfStage(JourneyState s, Fact.Move e) {
        if (e.kind() == Kind.APOLOGY) {
            return Step.with(s.to().apologized().build(), Concern.OUT_OF_STAGE);
        }
        return Step.with(s, Concern.OUT_OF_STAGE);
    }

    private JourneyState meetingHeld(JourneyState s, Fact.Move m) {
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
    private Step feelings(JourneyState s, Fact.Move f) {
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
        JourneyState next = switch (f.feelings()) {
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
    private Step appeal(JourneyState s, Fact.Move a) {
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
        JourneyState next = switch (a.appeal()) {
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
