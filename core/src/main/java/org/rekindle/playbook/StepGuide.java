package org.rekindle.playbook;

import org.rekindle.plan.NextStep;

/**
 * The words for a next step, and whether taking it contacts the ex.
 *
 * @param words the words of the cited line that carry the step, quoted to the user
 * @param pace  why the plan dates the step where it does ("two days after their first reply")
 */
public record StepGuide(NextStep step, String action, boolean contactsEx, Citation guide, boolean houseRule,
                        String words, String pace) {

    public String cite() {
        return guide + (houseRule ? ", house rule" : "");
    }
}
