package org.rekindle.playbook;

import java.util.List;
import java.util.Map;

import org.rekindle.journey.Concern;
import org.rekindle.journey.MovingOnReason;
import org.rekindle.journey.Stage;
import org.rekindle.journey.Waits;
import org.rekindle.plan.NextStep;
import org.rekindle.plan.Wait;

/**
 * The guide as data: every stage's advice, every step's words, the defaults, each with its
 * citation and the words of the line that carry it. Built only by {@link PlaybookLoader}, which
 * checks it whole.
 *
 * @param reachedOut  how to answer when the ex reaches out first, stage by stage
 * @param counters    the words after a countdown's date ("text from")
 * @param retractions what a retraction means: for a no-contact request, a declined appeal, anything else
 * @param planClosing the plan's only line once the journey has ended
 * @param heardAfterSecondSilence the ending's words when they replied after the second silence had ended it
 */
public record Playbook(GuideText guide, Map<Stage, StageGuide> stages, Map<NextStep, StepGuide> steps,
                       Map<Concern, Advice> concerns, Map<MovingOnReason, Advice> endings,
                       Map<String, Setting> settings, Map<Stage, Advice> reachedOut,
                       List<JournalReply> journalReplies, Map<Wait, String> counters,
                       Map<String, Advice> retractions, Advice planClosing, Advice heardAfterSecondSilence) {

    /** The default names, as written in the playbook. */
    public static final List<String> SETTING_NAMES = List.of("cooling_days", "reply_wait_days",
            "silence_wait_days", "call_retry_days", "meetings_before_feelings", "ask_again_days",
            "appeal_window_days", "appeal_not_before_days", "call_after_reply_days", "meeting_after_call_days",
            "days_between_meetings");

    /** The keys of {@code retractions}. */
    public static final List<String> RETRACTION_KINDS = List.of("NO_CONTACT_REQUEST", "APPEAL_DECLINED", "OTHER");

    public StageGuide stage(Stage s) {
        return stages.get(s);
    }

    public StepGuide step(NextStep s) {
        return steps.get(s);
    }

    public Advice concern(Concern c) {
        return concerns.get(c);
    }

    public Advice ending(MovingOnReason r) {
        return endings.get(r);
    }

    public Advice reachedOut(Stage s) {
        return reachedOut.get(s);
    }

    public String counter(Wait w) {
        return counters.get(w);
    }

    /** The reply to a journal entry of this mood (1–5, or null) at this stage. */
    public Advice journalReply(Integer mood, Stage stage) {
        JournalReply.Mood m = JournalReply.Mood.of(mood);
        for (JournalReply r : journalReplies) {
            if (r.matches(m, stage)) {
                return r.advice();
            }
        }
        throw new IllegalStateException("the loader checks every mood and stage has a reply");
    }

    /** The whole cited lines, cleaned. */
    public String quote(Citation c) {
        return guide.quote(c);
    }

    /** The words of the line that carry this advice: what the user is shown in quotes. */
    public String quote(Advice a) {
        return a.words();
    }

    /** The waits of STAGES.md, as this playbook sets them. */
    public Waits defaultWaits() {
        return new Waits(value("cooling_days"), value("reply_wait_days"), value("silence_wait_days"),
                value("call_retry_days"), value("meetings_before_feelings"), value("ask_again_days"),
                value("appeal_window_days"), value("appeal_not_before_days"), value("call_after_reply_days"),
                value("meeting_after_call_days"), value("days_between_meetings"));
    }

    private int value(String name) {
        return settings.get(name).value();
    }
}
