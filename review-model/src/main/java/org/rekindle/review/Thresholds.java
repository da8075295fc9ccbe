package org.rekindle.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rekindle.draft.Label;

/**
 * Per-label probability thresholds above which the model adds a label, chosen by
 * cross-validation and kept as data ({@code thresholds.json}) next to the precision and
 * recall they reached, as LanguageTool keeps its confusion-set thresholds.
 */
public record Thresholds(Map<Label, Double> byLabel) {
    public Thresholds {
        byLabel = Map.copyOf(byLabel);
    }

    public double of(Label label) {
        return byLabel.getOrDefault(label, 1.0);
    }

    /**
     * Reads {@code {"LABEL": {"threshold": 0.58, ...}, ...}}, the trainer's output, with a
     * pattern: no JSON library to start for twelve numbers (Jackson's cost ~50 ms cold).
     */
    static Thresholds read(InputStream in) throws IOException {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Map<Label, Double> m = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            Matcher t = Pattern.compile("\"" + l.name() + "\"\\s*:\\s*\\{[^}]*?\"threshold\"\\s*:\\s*([-+0-9.eE]+)")
                    .matcher(json);
            if (!t.find()) {
                throw new IOException("thresholds.json has no threshold for " + l + ": retrain the model");
            }
            try {
                m.put(l, Double.parseDouble(t.group(1)));
            } catch (NumberFormatException e) {
                throw new IOException("thresholds.json: bad threshold for " + l + ": " + t.group(1), e);
            }
        }
        return new Thresholds(m);
    }
}
