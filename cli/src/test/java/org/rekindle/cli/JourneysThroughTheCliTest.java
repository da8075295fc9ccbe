package org.rekindle.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journeys written from STAGES.md (core's {@code org/rekindle/journeys/*.yaml}) through the
 * command line a user types: {@code init} with the journey's facts, one {@code log} per event,
 * then {@code status --json} on each day asked about. Same expectations as core's JourneysTest:
 * what the coach says must not depend on how it is asked.
 */
class JourneysThroughTheCliTest {

    private static final Path FOLDER = Path.of("../core/src/test/resources/org/rekindle/journeys");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyJourneyThroughTheCommandLine() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 40, "journeys in " + FOLDER.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private void run(Path file) {
        JsonNode j = read(file);
        String name = file.getFileName().toString();
        LocalDate latest = LocalDate.parse(j.get("breakup").asText());
        for (JsonNode c : j.get("checks")) {
            LocalDate d = LocalDate.parse(c.get("asOf").asText());
            latest = d.isAfter(latest) ? d : latest;
        }
        for (JsonNode e : j.path("events")) {
            LocalDate d = LocalDate.parse(e.get("on").asText());
            latest = d.isAfter(latest) ? d : latest;
        }
        Path data;
        try {
            data = Files.createTempDirectory(dir, "j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliRun cli = new CliRun(data, latest.plusDays(1));
        List<String> init = new ArrayList<>(List.of("init", "--ex", "Sam", "--breakup", j.get("breakup").asText()));
        if (j.hasNonNull("endedBy")) {
            init.addAll(List.of("--ended-by", j.get("endedBy").asText()));
        }
        if (j.path("hurtful").asBoolean(false)) {
            init.add("--hurtful");
        }
        if (j.hasNonNull("coolingDays")) {
            init.addAll(List.of("--cooling-days", j.get("coolingDays").asText()));
        }
        expectZero(name, cli.run(init.toArray(String[]::new)), init);
        for (JsonNode e : j.path("events")) {
            List<String> args = new ArrayList<>(List.of("log", e.get("kind").asText(), "--at", e.get("on").asText()));
            if (e.hasNonNull("meeting")) {
                args.addAll(List.of("--meeting", e.get("meeting").asText()));
            }
            if (e.hasNonNull("outcome")) {
                args.addAll(List.of("--outcome", e.get("outcome").asText()));
            }
            if (e.hasNonNull("response")) {
                args.addAll(List.of("--response", e.get("response").asText()));
            }
            expectZero(name, cli.run(args.toArray(String[]::new)), args);
        }
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : j.get("checks")) {
            String asOf = c.get("asOf").asText();
            CliRun.Result r = cli.run("--as-of", asOf, "status", "--json");
            if (r.code() != 0) {
                wrong.add("status on " + asOf + " exited " + r.code() + ": " + r.err());
                continue;
            }
            JsonNode s = r.json();
            List<String> here = new ArrayList<>();
            if (!s.get("stage").asText().equals(c.get("stage").asText())) {
                here.add("stage " + s.get("stage").asText() + ", expected " + c.get("stage").asText());
            }
            if (c.has("next") && !same(s.at("/next/earliest"), c.get("next"))) {
                here.add("next.earliest " + s.at("/next/earliest") + ", expected " + c.get("next"));
            }
            if (c.hasNonNull("until") && !same(s.at("/next/until"), c.get("until"))) {
                here.add("next.until " + s.at("/next/until") + ", expected " + c.get("until"));
            }
            if (c.hasNonNull("contactsEx") && s.at("/next/contacts_ex").asBoolean() != c.get("contactsEx").asBoolean()) {
                here.add("contacts_ex " + s.at("/next/contacts_ex") + ", expected " + c.get("contactsEx"));
            }
            if (!here.isEmpty()) {
                wrong.add(name + " asked on " + asOf + ": " + String.join("; ", here));
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    private static boolean same(JsonNode actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            return actual.isNull() || actual.isMissingNode();
        }
        return expected.asText().equals(actual.asText());
    }

    private static void expectZero(String journey, CliRun.Result r, List<String> args) {
        if (r.code() != 0) {
            fail(journey + ": " + String.join(" ", args) + " exited " + r.code() + ": " + r.err());
        }
    }

    private static JsonNode read(Path p) {
        try {
            return YAML.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journey " + p.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
