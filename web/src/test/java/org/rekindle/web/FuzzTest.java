package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand random requests (seeded: rerun one with {@code -Drekindle.seed=N}) against a
 * journey with events: whatever they send, the server answers without a 5xx (503 from the draft
 * placeholder aside, which is the honest answer of this build).
 */
class FuzzTest {

    static final List<String> PATHS = List.of("/api/events", "/api/journey", "/api/check", "/api/status", "/api/plan",
            "/log", "/setup", "/", "/journal", "/timeline", "/draft", "/api/openapi.json", "/static/app.js", "/nope",
            "/api/events/../status", "/%ZZ", "/api/events?x=%00");
    static final List<String> FIELDS = List.of("kind", "at", "text", "meeting", "outcome", "response", "note", "ex",
            "breakup", "ended_by", "hurtful", "cooling_days", "stage", "mood", "", "\u0000", "csrf");
    static final List<String> WORDS = List.of("reply", "text-sent", "call", "meeting", "feelings", "appeal", "journal",
            "moving-on", "no-contact-request", "agreed", "well", "declined", "interested", "2026-11-01", "2026-02-30",
            "1900-01-01", "+999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-00-00", "SPACE", "CALL", "",
            " ", "\u202e", "😀", "<script>", "'; DROP TABLE event; --", "null", "true", "0", "-1", "3650", "3651");

    @TempDir
    Path dir;

    @Test
    void randomRequestsNeverGetA5xx() {
        long seed = Long.getLong("rekindle.seed", System.nanoTime());
        Random random = new Random(seed);
        try (Served web = new Served(dir)) {
            web.startJourney();
            web.postJson("/api/events", java.util.Map.of("kind", "text-sent", "at", "2026-11-01"));
            int requests = Integer.getInteger("rekindle.fuzz.requests", 3000);
            for (int i = 0; i < requests; i++) {
                String path = PATHS.get(random.nextInt(PATHS.size()));
                String body = random.nextInt(5) == 0 ? noise(random) : json(random, 0);
                HttpRequest.Builder b;
                try {
                    b = HttpRequest.newBuilder(URI.create(web.base() + path));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                b.header("Authorization", "Bearer " + Served.TOKEN);
                switch (random.nextInt(4)) {
                    case 0 -> b.header("Content-Type", "application/json");
                    case 1 -> b.header("Content-Type", "application/x-www-form-urlencoded");
                    case 2 -> b.header("Content-Type", "text/plain; charset=utf-8");
                    default -> { }
                }
                if (random.nextBoolean()) {
                    b.header("Accept", "text/html");
                }
                switch (random.nextInt(4)) {
                    case 0 -> b.GET();
                    case 1 -> b.method("PUT", HttpRequest.BodyPublishers.ofString(body));
                    default -> b.POST(HttpRequest.BodyPublishers.ofString(random.nextInt(4) == 0 ? form(random) : body));
                }
                Served.Reply r = web.send(b);
                assertThat(r.status() < 500 || (r.status() == 503 && path.equals("/api/check")))
                        .as("seed %d, request %d: %s %s → %d %s (rerun with -Drekindle.seed=%d)",
                                seed, i, path, body, r.status(), r.body(), seed)
                        .isTrue();
            }
            assertThat(web.get("/api/status").status()).as("seed %d", seed).isEqualTo(200);
        }
    }

    private static String json(Random r, int depth) {
        int n = r.nextInt(5);
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(escape(r.nextInt(10) == 0 ? WORDS.get(r.nextInt(WORDS.size())) : FIELDS.get(r.nextInt(FIELDS.size()))))
                    .append("\":").append(value(r, depth));
        }
        return b.append('}').toString();
    }

    private static String value(Random r, int depth) {
        return switch (r.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> Long.toString(r.nextLong());
            case 1 -> Double.toString(r.nextGaussian() * 1e10);
            case 2 -> Boolean.toString(r.nextBoolean());
            case 3 -> "null";
            case 4, 5 -> '"' + escape(WORDS.get(r.nextInt(WORDS.size()))) + '"';
            case 6 -> "[" + value(r, depth + 1) + "," + value(r, depth + 1) + "]";
            default -> json(r, depth + 1);
        };
    }

    private static String form(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.nextInt(6); i++) {
            b.append(i > 0 ? "&" : "").append(FIELDS.get(r.nextInt(FIELDS.size()))).append('=')
                    .append(java.net.URLEncoder.encode(WORDS.get(r.nextInt(WORDS.size())), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (r.nextBoolean()) {
            b.append("&%E0%A4%A=broken");
        }
        return b.toString();
    }

    private static String noise(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            b.append((char) r.nextInt(r.nextBoolean() ? 128 : 0xD7FF));
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
