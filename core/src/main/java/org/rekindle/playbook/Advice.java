package org.rekindle.playbook;

import java.util.Objects;

/** One line of advice and the guide line it stands on. */
public record Advice(String text, Citation guide, boolean houseRule) {
    public Advice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(guide, "guide");
    }
}
