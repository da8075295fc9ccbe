package org.rekindle.playbook;

import java.util.List;
import java.util.Map;

import org.rekindle.journey.Concern;
import org.rekindle.journey.MovingOnReason;
import org.rekindle.journey.Stage;
import org.rekindle.journey.Waits;
import org.rekindle.plan.NextStep;

/**
 * The guide as data: every stage's advice, every step's words, the defaults, each with its
 * citation. Built only by {@link PlaybookLoader}, which checks it whole.
 */
public record Playbook(GuideText guide, Map<Stage, StageGuide> stages, Map<NextStep, StepGuide> steps,
                       Map<Concern, Advice> concerns, Map<MovingOnReason, Advice> endings,
                       Map<String, Setting> settings) {

    /** The default names, as written in the playbook. */
    public static final List<String> SETTING_NAMES = List.of("cooling_days", "reply_wait_days",
            "silence_wait_days", "call_retry_days", "meetings_before_feelings", "ask_again_days",
            "appeal_window_days");

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

    public String quote(Citation c) {
        return guide.quote(c);
    }

    /** The waits of STAGES.md, as this playbook sets them. */
    public Waits defaultWaits() {
        return new Waits(value("cooling_days"), value("reply_wait_days"), value("silence_wait_days"),
                value("call_retry_days"), value("meetings_before_feelings"), value("ask_again_days"),
                value("appeal_window_days"));
    }

    private int value(String name) {
        return settings.get(name).value();
    }
}
