package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rekindle.journey.Stage;
import org.rekindle.app.review.Reviewer;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.Verdict;

/** The API against a real SQLite folder: the routes, their shapes, and every kind of bad input. */
class ApiContractTest {

    @TempDir
    Path dir;

    Served web;

    @BeforeEach
    void serve() {
        web = new Served(dir);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void beforeAJourneyTheApiSaysHowToStartOne() {
        Served.Reply r = web.get("/api/status");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.detail()).contains("POST /api/journey");
    }

    @Test
    void aJourneyStartsLogsAndMovesOn() {
        Served.Reply started = web.postJson("/api/journey", Map.of("ex", "Sam", "breakup", "2026-09-01", "ended_by", "me"));
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().path("stage").asText()).isEqualTo("FIRST_TEXT");
        assertThat(started.json().path("map")).hasSize(Stage.values().length);

        Served.Reply text = web.postJson("/api/events", Map.of("kind", "text-sent", "at", "2026-11-01", "text", "I heard our song"));
        assertThat(text.status()).isEqualTo(201);
        assertThat(text.json().path("logged").path("kind").asText()).isEqualTo("text-sent");
        assertThat(text.json().path("logged").path("version").asLong()).isEqualTo(1);
        Served.Reply reply = web.postJson("/api/events", Map.of("kind", "reply", "at", "2026-11-02"));
        assertThat(reply.json().path("stage").asText()).isEqualTo("TEXTING");
        assertThat(reply.json().has("warning")).isTrue();

        JsonNode status = web.get("/api/status").json();
        assertThat(status.path("stage").asText()).isEqualTo("TEXTING");
        assertThat(fields(status)).containsExactly("ex", "breakup", "as_of", "day", "stage", "title", "summary", "guide",
                "next", "do", "avoid", "warnings", "map", "quotes");
        assertThat(fields(status.path("next"))).containsExactly("action", "step", "earliest", "until", "contacts_ex",
                "guide", "quote", "house_rule");
        // each quoted guide line once, whatever cites it
        assertThat(status.path("quotes").path(status.path("next").path("guide").asText()).asText()).isNotBlank();
        status.path("do").forEach(a -> assertThat(status.path("quotes").has(a.path("guide").asText())).isTrue());

        JsonNode events = web.get("/api/events").json();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).path("text").asText()).isEqualTo("I heard our song");

        JsonNode plan = web.get("/api/plan").json();
        assertThat(plan.path("stage").asText()).isEqualTo("TEXTING");
        assertThat(plan.path("steps").isArray()).isTrue();
        assertThat(web.get("/healthz").json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void anEventThatDoesNotFitTheStageIsKeptWithAWarning() {
        web.startJourney();
        Served.Reply meeting = web.postJson("/api/events", Map.of("kind", "meeting", "at", "2026-11-20", "outcome", "well"));
        assertThat(meeting.status()).isEqualTo(201);
        assertThat(meeting.json().path("warning").path("text").asText()).isNotBlank();
        assertThat(web.get("/api/events").json().get(0).path("warning").isObject()).isTrue();
    }

    @Test
    void aSecondJourneyIsAConflict() {
        web.startJourney();
        Served.Reply again = web.postJson("/api/journey", Map.of("ex", "Alex", "breakup", "2026-10-01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("already exists");
    }

    @Test
    void draftReviewSaysItIsNotInstalledAndNeverGuesses() {
        web.startJourney();
        Served.Reply r = web.postJson("/api/check", Map.of("text", "I miss you so much"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.detail()).isEqualTo("draft review is not installed in this build");
    }

    @Test
    void aPluggedInCheckerIsAskedAtTheCurrentStage() {
        web.close();
        List<Stage> asked = new ArrayList<>();
        Reviewer fake = (text, stage) -> {
            asked.add(stage);
            return new DraftReview(Verdict.HOLD, stage, List.of(), 1, List.of(), null, false, null);
        };
        web = new Served(dir, fake);
        web.startJourney();
        Served.Reply r = web.postJson("/api/check", Map.of("text", "hello"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("verdict").asText()).isEqualTo("HOLD");
        assertThat(web.postJson("/api/check", Map.of("text", "hello", "stage", "call")).status()).isEqualTo(200);
        assertThat(asked).containsExactly(Stage.FIRST_TEXT, Stage.CALL);
    }

    @Test
    void correctionsAndSettingsWorkAsOnTheCommandLine() {
        web.startJourney();
        web.postJson("/api/events", Map.of("kind", "text-sent", "at", "2026-11-20"));
        web.postJson("/api/events", Map.of("kind", "no-contact-request"));
        assertThat(web.get("/api/status").json().get("stage").asText()).isEqualTo("MOVING_ON");
        Served.Reply retracted = web.postJson("/api/retractions", Map.of("version", 2, "why", "mis-tap"));
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);
        assertThat(retracted.json().get("stage").asText()).isEqualTo("AWAITING_REPLY");
        assertThat(retracted.json().at("/meaning/text").asText()).contains("honor it");
        assertThat(retracted.json().at("/logged/retracts").asLong()).isEqualTo(2);
        assertThat(web.get("/api/events").json()).hasSize(3);

        Served.Reply settings = web.postJson("/api/settings", Map.of("cooling_days", 10, "ended_by", "me"));
        assertThat(settings.status()).as(settings.body()).isEqualTo(201);
        assertThat(settings.json().at("/warnings/0/guide").asText()).isEqualTo("L1");
        assertThat(settings.json().at("/logged/ended_by").asText()).isEqualTo("me");

        Served.Reply reached = web.postJson("/api/events", Map.of("kind", "ex-reached-out", "note", "said hi"));
        assertThat(reached.status()).isEqualTo(201);
        assertThat(reached.json().get("stage").asText()).isEqualTo("TEXTING"); // their message opens the conversation
        assertThat(reached.json().at("/reached_out/text").asText()).isNotBlank();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("/api/events", "{\"kind\":", "not valid JSON"),
                Arguments.of("/api/events", "[1,2]", "must be a JSON object"),
                Arguments.of("/api/events", "\"reply\"", "must be a JSON object"),
                Arguments.of("/api/events", "", "the body is empty"),
                Arguments.of("/api/events", "{\"kind\":\"reply\"} trailing", "not valid JSON"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"kind\":\"call\"}", "not valid JSON"),
                Arguments.of("/api/events", "{\"kind\":\"hug\"}", "unknown event kind 'hug'"),
                Arguments.of("/api/events", "{\"kind\":7}", "'kind' must be a string"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":20261101}", "'at' must be a string"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":\"2026-02-30\"}", "not a date"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":\"yesterday\"}", "not a date"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":\"2026-08-01\"}", "is before the breakup"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":\"2026-12-01\"}", "is after today"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":\"+999999999-12-31\"}", "is after today"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"at\":\"-999999999-01-01\"}", "is before the breakup"),
                Arguments.of("/api/events", "{\"kind\":\"feelings\"}", "feelings needs response"),
                Arguments.of("/api/events", "{\"kind\":\"feelings\",\"response\":\"maybe\"}", "response 'maybe' is not known"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"outcome\":\"well\"}", "outcome goes with meeting only"),
                Arguments.of("/api/events", "{\"kind\":\"journal\"}", "has its own command"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"mood\":3}", "unknown field 'mood'"),
                Arguments.of("/api/events", "{\"kind\":\"text-sent\",\"text\":\"" + "x".repeat(5001) + "\"}", "keep it under 5000"),
                Arguments.of("/api/events", "{\"kind\":\"reply\",\"text\":{\"a\":1}}", "'text' must be a string"),
                Arguments.of("/api/events", "[".repeat(5000) + "]".repeat(5000), "not valid JSON"),
                Arguments.of("/api/journey", "{\"ex\":\"Alex\",\"breakup\":\"2026-10-01\"}", "already exists"),
                Arguments.of("/api/journey", "{\"ex\":\"Alex\",\"breakup\":\"2026-10-01\",\"hurtful\":\"yes\"}", "'hurtful' must be true or false"),
                Arguments.of("/api/journey", "{\"ex\":\"Alex\",\"breakup\":\"2026-10-01\",\"cooling_days\":1e100}", "whole number"),
                Arguments.of("/api/events", "{\"kind\":\"text-sent\",\"text\":\"\"}", "text is empty"),
                Arguments.of("/api/events", "{\"kind\":\"practical\",\"note\":\" \"}", "note is empty"),
                Arguments.of("/api/events", "{\"kind\":\"retraction\"}", "a retraction has its own command"),
                Arguments.of("/api/events", "{\"kind\":\"settings\"}", "a settings change has its own command"),
                Arguments.of("/api/retractions", "{}", "version is required"),
                Arguments.of("/api/retractions", "{\"version\":\"1\"}", "version is required"),
                Arguments.of("/api/retractions", "{\"version\":99}", "there is no entry 99"),
                Arguments.of("/api/retractions", "{\"version\":1,\"why\":\"\"}", "why is empty"),
                Arguments.of("/api/retractions", "{\"version\":1,\"because\":\"x\"}", "unknown field 'because'"),
                Arguments.of("/api/settings", "{}", "nothing to change"),
                Arguments.of("/api/settings", "{\"ended_by\":\"nobody\"}", "ended_by 'nobody' is not known"),
                Arguments.of("/api/settings", "{\"cooling_days\":0}", "cooling_days must be between 1"),
                Arguments.of("/api/settings", "{\"hurtful\":\"yes\"}", "'hurtful' must be true or false"),
                Arguments.of("/api/check", "{\"text\":\"\"}", "'text' is required"),
                Arguments.of("/api/check", "{\"text\":\"hi\",\"stage\":\"DANCING\"}", "unknown stage 'DANCING'"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("badBodies")
    void badInputIsA4xxProblemAndTheJournalIsUnchanged(String path, String body, String message) {
        web.startJourney();
        web.postJson("/api/events", Map.of("kind", "text-sent", "at", "2026-11-01", "text", "hi"));
        String before = web.get("/api/events").body();
        Served.Reply r = web.post(path, body);
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.detail()).contains(message);
        assertThat(web.get("/api/events").body()).isEqualTo(before);
    }

    @Test
    void aNewJourneyIsCheckedBeforeAnythingIsWritten() {
        for (String body : List.of("{\"ex\":\" \",\"breakup\":\"2026-09-01\"}", "{\"ex\":\"Sam\",\"breakup\":\"2027-01-01\"}",
                "{\"ex\":\"Sam\",\"breakup\":\"2026-09-01\",\"cooling_days\":0}", "{\"ex\":\"Sam\"}",
                "{\"ex\":\"Sam\",\"breakup\":\"0001-01-01\"}", "{\"ex\":\"Sam\",\"breakup\":\"2026-09-01\",\"ended_by\":\"nobody\"}")) {
            Served.Reply r = web.post("/api/journey", body);
            assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(400);
        }
        assertThat(web.get("/api/status").status()).isEqualTo(404);
        assertThat(dir.resolve("rekindle.db")).doesNotExist();
    }

    @Test
    void aTenMegabyteBodyIsRefusedCleanly() {
        web.startJourney();
        String before = web.get("/api/events").body();
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        String answer = web.raw("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + web.server.port()
                + "\r\nAuthorization: Bearer " + Served.TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: "
                + big.length + "\r\n\r\n", big);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("larger than");
        String chunked = web.raw("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + web.server.port()
                + "\r\nAuthorization: Bearer " + Served.TOKEN + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length) + "\r\n", big);
        assertThat(chunked).startsWith("HTTP/1.1 413");
        assertThat(web.get("/api/events").body()).isEqualTo(before);
    }

    @Test
    void wrongMediaTypeAndUnknownRoutesAreProblemsToo() {
        web.startJourney();
        Served.Reply form = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/api/events"))
                .header("Authorization", "Bearer " + Served.TOKEN).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("kind=reply")));
        assertThat(form.status()).isEqualTo(415);
        Served.Reply missing = web.get("/api/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.type()).startsWith("application/problem+json");
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
