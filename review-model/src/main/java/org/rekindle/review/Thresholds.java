package org.rekindle.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.rekindle.coach.Label;

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

    static Thresholds read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<Label, Double> m = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            JsonNode n = root.path(l.name()).path("threshold");
            if (!n.isNumber()) {
                throw new IOException("thresholds.json has no threshold for " + l + ": retrain the model");
            }
            m.put(l, n.asDouble());
        }
        return new Thresholds(m);
    }
}
