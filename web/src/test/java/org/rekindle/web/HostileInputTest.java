package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.rekindle.store.Database;

/**
 * What an adversary sends: the extreme file of issue 10 (a breakup in year -999999999, a reply in
 * +999999999), NUL characters, lone surrogates, text far past the limits. Each is refused with a
 * 4xx naming the field and nothing stored; a journal that holds such dates already (written before
 * the checks) still gets every page answered within a second.
 */
class HostileInputTest {

    static final String EXTREME = """
            {"format":1,"journey":{"ex":"Sam","breakup":"-999999999-01-01","ended_by":"me","hurtful":false,
             "cooling_days":null,"created_at":"2026-01-01T00:00:00Z"},
             "events":[{"kind":"reply","at":"+999999999-12-31","version":1,"recorded_at":"2026-01-01T00:00:00Z"}]}
            """;

    static MultiServed web;

    @BeforeAll
    static void start() {
        web = new MultiServed(TestPostgres.shared());
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static String file(String breakup, String at, String extra) {
        return """
                {"format":1,"journey":{"ex":"Sam","breakup":"%s","ended_by":"me","hurtful":false,
                 "cooling_days":null,"created_at":"2026-09-02T00:00:00Z"},
                 "events":[{"kind":"text-sent","at":"%s","version":1,"recorded_at":"2026-10-02T00:00:00Z"%s}]}
                """.formatted(breakup, at, extra);
    }

    @Test
    void theExtremeFileAndItsCousinsAreRefusedByImportAndNothingIsStored() {
        MultiServed.User u = web.signedUp();
        List<String[]> files = List.of( // what the refusal must name, and the file
                new String[] {"breakup", EXTREME},
                new String[] {"breakup", file("2099-01-01", "2099-01-02", "")},
                new String[] {"breakup", file("1900-01-01", "2026-10-01", "")},
                new String[] {"text", file("2026-09-01", "2026-10-01", ",\"text\":\"" + "a".repeat(1_000_000) + "\"")},
                new String[] {"recorded_at", file("2026-09-01", "2026-10-01", "")
                        .replace("2026-10-02T00:00:00Z", "+1000000000-01-01T00:00:00Z")},
                new String[] {"U+0000", file("2026-09-01", "2026-10-01", ",\"text\":\"hi\\u0000there\"")},
                new String[] {"surrogate", file("2026-09-01", "2026-10-01", ",\"text\":\"hi \\ud800 there\"")},
                new String[] {"U+001B", file("2026-09-01", "2026-10-01", ",\"text\":\"\\u001b[31mred\"")});
        for (String[] f : files) {
            Served.Reply r = u.postRaw("/api/import", f[1]);
            assertThat(r.status()).as(f[0] + ": " + r.body()).isEqualTo(400);
            assertThat(r.detail()).as(f[0]).contains(f[0]);
            assertThat(u.get("/api/status").status()).as(f[0] + ": nothing stored").isEqualTo(404);
        }
    }

    @Test
    void nulAndLoneSurrogatesAreA400NamingTheFieldOnEveryDoorOfTheServer() {
        Served.Reply signup = web.send(HttpRequest.newBuilder(URI.create(web.server.baseUrl() + "/api/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a\\u0000b@example.org\",\"password\":\"correct horse battery\"}")));
        assertThat(signup.status()).isEqualTo(400);
        assertThat(signup.detail()).contains("email", "U+0000");
        Served.Reply login = web.send(HttpRequest.newBuilder(URI.create(web.server.baseUrl() + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a\\u0000b@example.org\",\"password\":\"x\\u0000\"}")));
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.detail()).contains("email", "U+0000");
        for (String page : List.of("/login", "/signup")) {
            Served.Reply form = web.send(HttpRequest.newBuilder(URI.create(web.server.baseUrl() + page))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=a%00b%40example.org&password=correct+horse+battery")));
            assertThat(form.status()).as(page).isEqualTo(400);
            assertThat(form.body()).as(page).contains("U+0000");
        }
        MultiServed.User u = web.signedUp();
        Served.Reply journey = u.postRaw("/api/journey", "{\"ex\":\"S\\u0000am\",\"breakup\":\"2026-09-01\"}");
        assertThat(journey.status()).isEqualTo(400);
        assertThat(journey.detail()).contains("ex", "U+0000");
        Served.Reply setup = web.send(u.request("/setup").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + u.csrf + "&ex=S%00am&breakup=2026-09-01&ended_by=me")));
        assertThat(setup.status()).as(setup.body()).isEqualTo(400);
        assertThat(u.post("/api/journey", Map.of("ex", "Sam", "breakup", "2026-09-01")).status()).isEqualTo(201);
        String before = u.get("/api/export").body();
        Served.Reply surrogate = u.postRaw("/api/events", "{\"kind\":\"text-sent\",\"at\":\"2026-10-01\",\"text\":\"hi \\udc00\"}");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.detail()).contains("text", "surrogate");
        Served.Reply nul = u.postRaw("/api/events", "{\"kind\":\"new-memory\",\"at\":\"2026-10-01\",\"note\":\"\\u0000\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.detail()).contains("note", "U+0000");
        assertThat(u.get("/api/export").body()).as("the journal is unchanged").isEqualTo(before);
    }

    @Test
    void aJournalAlreadyHoldingExtremeDatesGetsEveryPageAnsweredWithinASecond(@TempDir Path dir) {
        try (Database s = Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC())) {
            s.journal().createJourney("Sam", LocalDate.MIN, EndedBy.ME, false, null);
            s.journal().append(new JournalEvent.ReplyReceived(LocalDate.MAX));
            s.journal().append(new JournalEvent.TextSent(LocalDate.MAX, "hi"));
        }
        try (Served served = new Served(dir)) {
            for (String path : List.of("/", "/timeline", "/journal", "/log", "/draft", "/setup", "/api/status",
                    "/api/plan", "/api/events", "/healthz", "/api/openapi.json")) {
                long t0 = System.nanoTime();
                Served.Reply r = served.send(HttpRequest.newBuilder(URI.create(served.base() + path))
                        .header("Authorization", "Bearer " + Served.TOKEN).header("Accept", "text/html")
                        .timeout(java.time.Duration.ofSeconds(5)).GET());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.status()).as(path + ": " + r.body()).isLessThan(500);
                assertThat(ms).as(path).isLessThan(1_000);
            }
        }
    }
}
