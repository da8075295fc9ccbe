package org.rekindle.draft;

import java.util.Arrays;
import java.util.List;

/**
 * What a draft talks about (see {@code LABELS.md}). Risk labels are what the guide
 * warns against; intent labels are what it asks for, at the right moment.
 */
public enum Label {
    ROMANTIC(true),
    SEXUAL(true),
    BREAKUP_TALK(true),
    RELATIONSHIP_PLANS(true),
    PRESSURE(true),
    OTHER_PEOPLE(true),
    DWELLING(true),
    MEMORY(false),
    INVITATION(false),
    APOLOGY(false),
    INTENT(false),
    APPRECIATION(false);

    private final boolean risk;

    Label(boolean risk) {
        this.risk = risk;
    }

    public boolean isRisk() {
        return risk;
    }

    /** The seven risk labels, in declaration order: the ones risk-macro-F1 averages over. */
    public static List<Label> risks() {
        return Arrays.stream(values()).filter(Label::isRisk).toList();
    }
}
