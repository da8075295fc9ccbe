package org.rekindle.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.JournalEvent.AppealMade;
import org.rekindle.journey.JournalEvent.ApologyMade;
import org.rekindle.journey.JournalEvent.CallHeld;
import org.rekindle.journey.JournalEvent.ContactMade;
import org.rekindle.journey.JournalEvent.FeelingsShared;
import org.rekindle.journey.JournalEvent.ForgivenessGiven;
import org.rekindle.journey.JournalEvent.MeetingHeld;
import org.rekindle.journey.JournalEvent.MovedOn;
import org.rekindle.journey.JournalEvent.NewMemoryMade;
import org.rekindle.journey.JournalEvent.NoContactRequested;
import org.rekindle.journey.JournalEvent.ReasonExplained;
import org.rekindle.journey.JournalEvent.Reflection;
import org.rekindle.journey.JournalEvent.ReplyReceived;
import org.rekindle.journey.JournalEvent.TextSent;

/**
 * The process of STAGES.md as a pure fold: {@link #evolve} applies one event, {@link #advance}
 * lets time pass (cooling-off ending, a reply not coming, an appeal window closing). Today is an
 * argument; nothing here reads a clock.
 *
 * <p>Two things hold whatever is logged: a no-contact request or a declined appeal ends the
 * journey in {@link Stage#MOVING_ON}, and nothing moves it out of there.
 */
public final class JourneyEngine {

    /** One event applied: the new state, and the concern when the event did not fit the stage. */
    public record Step(JourneyState state, Optional<Concern> concern) {
        static Step fine(JourneyState s) {
            return new Step(s, Optional.empty());
        }

        static Step with(JourneyState s, Concern c) {
            return new Step(s, Optional.of(c));
        }
    }

    /** An event in the order it was folded, with what the coach made of it. */
    public record Applied(JournalEvent event, Stage stageBefore, Stage stageAfter, Optional<Concern> concern) {
    }

    /** Everything folded up to a day. */
    public record Outcome(JourneyState state, List<Applied> applied) {
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
     * The list need not be sorted; same-day events keep their relative order.
     */
    public Outcome fold(List<? extends JournalEvent> events, LocalDate asOf) {
        List<JournalEvent> sorted = new ArrayList<>(events.size());
        for (JournalEvent e : events) {
            if (!e.at().isAfter(asOf)) {
                sorted.add(e);
            }
        }
        sorted.sort(BY_DAY); // stable: same-day order is the logging order
        JourneyState state = JourneyState.atBreakup(journey.breakup());
        List<Applied> applied = new ArrayList<>(sorted.size());
        for (JournalEvent e : sorted) {
            JourneyState before = advance(state, e.at());
            Step step = evolve(before, e);
            applied.add(new Applied(e, before.stage(), step.state().stage(), step.concern()));
            state = step.state();
        }
        return new Outcome(advance(state, asOf), applied);
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
        if (e instanceof Reflection) {
            return Step.fine(s);
        }
        if (s.stage() == Stage.MOVING_ON) {
            return Step.with(s, Concern.AFTER_THE_END);
        }
        // A no is final, in every stage.
        if (e instanceof NoContactRequested) {
            return Step.fine(s.to().movingOn(MovingOnReason.NO_CONTACT_REQUESTED, on).build());
        }
        if (e instanceof MovedOn) {
            return Step.fine(s.to().movingOn(MovingOnReason.USER_CHOSE, on).build());
        }
        if (e instanceof AppealMade a && a.response() == AppealResponse.DECLINED) {
            JourneyState ended = s.to().appealMade().movingOn(MovingOnReason.APPEAL_DECLINED, on).build();
            return s.stage() == Stage.DECLINED ? Step.fine(ended) : Step.with(ended, Concern.OUT_OF_STAGE);
        }
        if (e instanceof FeelingsShared f && f.response() == FeelingsResponse.NOT_INTERESTED) {
            return declined(s, on, switch (s.stage()) {
                case FEELINGS, DECLINED -> Optional.empty();
                case MEETING -> Optional.of(Concern.FEELINGS_TOO_EARLY);
                default -> Optional.of(Concern.OUT_OF_STAGE);
            });
        }
        if (e instanceof ForgivenessGiven) {
            // The user's own step (L24), fine whenever they are ready; it contacts no one.
            return Step.fine(afterRepairStep(s.to().forgiven().build(), on));
        }
        return switch (s.stage()) {
            case SPACE -> inSpace(s, e);
            case FIRST_TEXT -> e instanceof TextSent
                    ? Step.fine(s.to().stage(Stage.AWAITING_REPLY, on).textSent(on, 1).build())
                    : outOfStage(s, e);
            case AWAITING_REPLY -> switch (e) {
                case ReplyReceived r -> Step.fine(s.to().stage(Stage.TEXTING, on).build());
                case TextSent t -> Step.with(s, Concern.DOUBLE_TEXT);
                default -> outOfStage(s, e);
            };
            case SILENCE -> switch (e) {
                case ReplyReceived r -> Step.fine(s.to().stage(Stage.TEXTING, on).build());
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
                case FeelingsShared f -> {
                    Step talk = feelings(s, f);
                    yield Step.with(talk.state(), Concern.FEELINGS_TOO_EARLY);
                }
                default -> outOfStage(s, e);
            };
            case FEELINGS -> switch (e) {
                case FeelingsShared f -> feelings(s, f);
                case MeetingHeld m -> Step.fine(s);
                case TextSent t -> Step.fine(s);
                case ReplyReceived r -> Step.fine(s);
                case CallHeld c -> Step.fine(s.to().lastCallOn(on).build());
                case ReasonExplained x -> Step.fine(s.to().explained().build());
                case ApologyMade a -> Step.fine(s.to().apologized().build());
                default -> outOfStage(s, e);
            };
            case DECLINED -> switch (e) {
                case AppealMade a -> Step.fine(afterRepairStep(s.to().appealMade().stage(Stage.REPAIR, on).build(), on));
                default -> outOfStage(s, e);
            };
            case REPAIR -> switch (e) {
                case ApologyMade a -> Step.fine(afterRepairStep(s.to().apologized().build(), on));
                case AppealMade a -> Step.with(s, Concern.APPEAL_ALREADY_MADE);
                default -> Step.fine(s);
            };
            case REBUILDING -> switch (e) {
                case AppealMade a -> Step.with(s, Concern.APPEAL_ALREADY_MADE);
                case ApologyMade a -> Step.fine(s.to().apologized().build());
                default -> Step.fine(s);
            };
            case MOVING_ON -> Step.with(s, Concern.AFTER_THE_END);
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
            case FeelingsShared f -> restartCooling(s, e);
            case AppealMade a -> restartCooling(s, e);
            case ApologyMade a -> restartCooling(s.to().apologized().build(), e);
            case NewMemoryMade n -> restartCooling(s, e);
            case ReplyReceived r -> outOfStage(s, e);
            case NoContactRequested n -> outOfStage(s, e);
            case ForgivenessGiven f -> outOfStage(s, e);
            case MovedOn m -> outOfStage(s, e);
            case Reflection r -> Step.fine(s);
        };
    }

    private Step restartCooling(JourneyState s, JournalEvent e) {
        return Step.with(s.to().coolingFrom(e.at()).build(), Concern.COOLING_OFF_RESTARTED);
    }

    private Step outOfStage(JourneyState s, JournalEvent e) {
        if (e instanceof ApologyMade) {
            return Step.with(s.to().apologized().build(), Concern.OUT_OF_STAGE);
        }
        return Step.with(s, Concern.OUT_OF_STAGE);
    }

    private JourneyState meetingHeld(JourneyState s, MeetingHeld m) {
        JourneyState next = s.to().meetingHeld(m.outcome() == MeetingOutcome.WELL).build();
        return next.goodMeetings() >= waits.meetingsBeforeFeelings()
                ? next.to().stage(Stage.FEELINGS, m.at()).build()
                : next;
    }

    private Step feelings(JourneyState s, FeelingsShared f) {
        LocalDate on = f.at();
        return switch (f.response()) {
            case INTERESTED -> Step.fine(afterRepairStep(s.to().stage(Stage.REPAIR, on).build(), on));
            case NEEDS_TIME -> s.timesAskedToWait() >= 1
                    ? declined(s.to().askedToWait(on).build(), on, Optional.empty())
                    : Step.fine(s.to().askedToWait(on).stage(Stage.FEELINGS, on).build());
            case NOT_INTERESTED -> declined(s, on, Optional.empty());
        };
    }

    private Step declined(JourneyState s, LocalDate on, Optional<Concern> concern) {
        JourneyState next = s.stage() == Stage.DECLINED ? s : s.to().stage(Stage.DECLINED, on).declinedOn(on).build();
        return new Step(next, concern);
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

    /** The last day the one final appeal may be made. */
    public LocalDate appealWindowCloses(JourneyState s) {
        return s.declinedOn().plusDays(waits.appealWindowDays());
    }
}
