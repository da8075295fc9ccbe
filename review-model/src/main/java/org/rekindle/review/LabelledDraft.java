package org.rekindle.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rekindle.draft.Label;

/** One line of a labelled JSONL file ({@code {"id", "text", "labels"}}, see LABELS.md). */
public record LabelledDraft(String id, String text, Set<Label> labels) {

    public static List<LabelledDraft> readJsonl(Path file) {
        ObjectMapper om = new ObjectMapper();
        List<LabelledDraft> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int no = 0;
        for (String line : lines) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = om.readTree(line);
                Set<Label> labels = EnumSet.noneOf(Label.class);
                for (JsonNode l : n.path("labels")) {
                    labels.add(Label.valueOf(l.asText()));
                }
                String text = n.path("text").asText(null);
                if (text == null) {
                    throw new IllegalArgumentException("no \"text\"");
                }
                out.add(new LabelledDraft(n.path("id").asText("line" + no), text, labels));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + no + ": not a labelled draft (" + e.getMessage()
                        + "); expected {\"id\": ..., \"text\": ..., \"labels\": [...]}", e);
            }
        }
        return out;
    }
}
