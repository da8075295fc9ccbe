package org.rekindle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rekindle.journey.Stage;

/**
 * For the load benchmark (bench/web-load.sh): turns a labelled JSONL file into one
 * {@code POST /api/check} body a line, the stages taken in turn from those where drafts are read.
 */
public final class CheckBodies {

    private static final Stage[] STAGES = {Stage.FIRST_TEXT, Stage.TEXTING, Stage.CALL, Stage.MEETING,
        Stage.FEELINGS, Stage.DECLINED, Stage.REPAIR, Stage.REBUILDING};

    private CheckBodies() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode d = json.readTree(line);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", d.get("text").asText());
            body.put("stage", STAGES[n++ % STAGES.length].name());
            out.append(json.writeValueAsString(body)).append('\n');
        }
        System.out.print(out);
    }
}
