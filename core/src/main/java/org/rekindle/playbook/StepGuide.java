package org.rekindle.playbook;

import org.rekindle.plan.NextStep;

/** The words for a next step, and whether taking it contacts the ex. */
public record StepGuide(NextStep step, String action, boolean contactsEx, Citation guide, boolean houseRule) {
}
