package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.web.WebServer;

/**
 * The CLI and the web server on one data folder: the API answers in the very JSON the CLI's
 * {@code --json} prints, and both can log at the same time without losing an event.
 */
class ServeSharesTheCliTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String TOKEN = "cli-and-web-token-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();

    private WebServer serve() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return WebServer.start(new WebServer.Options(dir, "127.0.0.1", 0, TOKEN, clock, null, null));
    }

    private HttpResponse<String> send(WebServer s, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).header("Authorization", "Bearer " + TOKEN);
        b = body == null ? b.GET() : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void checkAnswersTheVeryJsonOfCheckJsonWriteFromIncluded() throws Exception {
        CliRun cli = new CliRun(dir, TODAY);
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", "2026-11-01").code()).isZero(); // in the cooling-off
        try (WebServer web = serve()) {
            String draft = "hey, I miss you, can we talk?";
            JsonNode viaCli = JSON.readTree(cli.run("check", draft, "--json").out());
            HttpResponse<String> viaApi = send(web, "POST", "/api/check", JSON.writeValueAsString(java.util.Map.of("text", draft)));
            assertThat(viaApi.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(viaApi.body())).isEqualTo(viaCli);
            assertThat(viaCli.path("stage").asText()).isEqualTo("SPACE");
            assertThat(viaCli.path("write_from").asText()).isEqualTo("2026-12-01");

            JsonNode atStage = JSON.readTree(cli.run("check", "--stage", "SILENCE", draft, "--json").out());
            HttpResponse<String> apiAtStage = send(web, "POST", "/api/check",
                    JSON.writeValueAsString(java.util.Map.of("text", draft, "stage", "SILENCE")));
            assertThat(JSON.readTree(apiAtStage.body())).isEqualTo(atStage);
            assertThat(atStage.has("write_from")).isTrue();
        }
    }

    @Test
    void theApiAnswersInTheCliShapes() throws Exception {
        CliRun cli = new CliRun(dir, TODAY);
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01", "--ended-by", "me").code()).isZero();
        assertThat(cli.run("log", "text-sent", "--at", "2026-11-01", "--text", "hi").code()).isZero();
        try (WebServer web = serve()) {
            CliRun.Result logged = cli.run("log", "reply", "--at", "2026-11-02", "--json");
            HttpResponse<String> viaApi = send(web, "POST", "/api/events", "{\"kind\":\"call\",\"at\":\"2026-11-03\",\"meeting\":\"agreed\"}");
            assertThat(viaApi.statusCode()).isEqualTo(201);
            JsonNode cliLogged = JSON.readTree(logged.out());
            JsonNode apiLogged = JSON.readTree(viaApi.body());
            assertThat(fieldNames(apiLogged)).isEqualTo(fieldNames(cliLogged));
            assertThat(fieldNames(apiLogged.path("logged"))).containsAll(fieldNames(cliLogged.path("logged")));

            assertThat(JSON.readTree(send(web, "GET", "/api/status", null).body()))
                    .isEqualTo(JSON.readTree(cli.run("status", "--json").out()));
            assertThat(JSON.readTree(send(web, "GET", "/api/plan", null).body()))
                    .isEqualTo(JSON.readTree(cli.run("plan", "--json").out()));
            assertThat(JSON.readTree(send(web, "GET", "/api/events", null).body()))
                    .isEqualTo(JSON.readTree(cli.run("history", "--json").out()));
        }
    }

    @Test
    void theCliAndTheServerLogAtTheSameTimeAndNothingIsLost() throws Exception {
        CliRun cli = new CliRun(dir, TODAY);
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01").code()).isZero();
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (WebServer web = serve()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                int n = i;
                results.add(pool.submit(() -> new CliRun(dir, TODAY).run("journal", "from the cli " + n).code()));
                results.add(pool.submit(() -> send(web, "POST", "/api/events",
                        "{\"kind\":\"new-memory\",\"at\":\"2026-11-20\",\"note\":\"from the web " + n + "\"}").statusCode()));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isIn(0, 201);
            }
            JsonNode events = JSON.readTree(send(web, "GET", "/api/events", null).body());
            assertThat(events).hasSize(2 * each);
            List<Long> versions = new ArrayList<>();
            events.forEach(e -> versions.add(e.path("version").asLong()));
            assertThat(versions).doesNotHaveDuplicates();
            assertThat(JSON.readTree(cli.run("history", "--json").out())).hasSize(2 * each);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
