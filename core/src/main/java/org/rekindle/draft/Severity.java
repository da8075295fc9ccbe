package org.rekindle.draft;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a label weighs against a draft at a stage. Ordered: the worst one decides. */
public enum Severity {
    OK,
    CAUTION,
    BLOCK;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public Severity worst(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
