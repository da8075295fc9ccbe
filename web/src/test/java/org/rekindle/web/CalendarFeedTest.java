package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.rekindle.app.serve.KeptSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** {@code GET /calendar.ics}: a subscribable feed of the plan, opened by its own key and by nothing else. */
class CalendarFeedTest {

    @TempDir
    Path dir;

    Served web;

    @BeforeEach
    void serve() {
        web = new Served(dir);
        web.startJourney();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private Served.Reply anonymous(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : web.base() + pathOrUrl;
        return web.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private String turnOn() {
        Served.Reply on = web.post("/api/calendar-feed", "");
        assertThat(on.status()).isEqualTo(201);
        return on.json().path("feed").asText();
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        return cal.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void offUntilTurnedOnAndAnyGuessIsNotFound() {
        assertThat(web.get("/api/calendar-feed").json().path("feed").isNull()).isTrue();
        assertThat(anonymous("/calendar.ics").status()).isEqualTo(404);
        assertThat(anonymous("/calendar.ics?key=" + KeptSecret.random()).status()).isEqualTo(404);
        assertThat(anonymous("/calendar.ics?key=" + Served.TOKEN).status()).isEqualTo(404);
        assertThat(web.get("/calendar.ics").status()).isEqualTo(404); // the app token is not a feed key either
    }

    @Test
    void theFeedIsThePlanOnItsDaysWithoutTheExsName() throws Exception {
        String feed = turnOn();
        assertThat(feed).startsWith(web.base() + "/calendar.ics?key=");
        Served.Reply ics = anonymous(feed);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.type()).startsWith("text/calendar");
        assertThat(ics.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(ics.body()).doesNotContain("Sam");
        List<String> planDays = new ArrayList<>();
        for (JsonNode step : web.get("/api/plan").json().path("steps")) {
            JsonNode day = step.get("earliest").isNull() ? step.get("until") : step.get("earliest");
            if (!day.isNull()) {
                planDays.add(day.asText().replace("-", ""));
            }
        }
        List<VEvent> events = events(ics.body());
        assertThat(events).extracting(e -> prop(e, "DTSTART")).containsExactlyElementsOf(planDays).isNotEmpty();

        // the journal moves on: the next fetch has the newer road, each entry with a higher SEQUENCE
        web.postJson("/api/events", java.util.Map.of("kind", "text-sent", "at", "2026-11-26"));
        List<VEvent> moved = events(anonymous(feed).body());
        assertThat(moved).extracting(e -> prop(e, "DTSTART")).isNotEqualTo(events.stream().map(e -> prop(e, "DTSTART")).toList());
        assertThat(Integer.parseInt(prop(moved.get(0), "SEQUENCE"))).isGreaterThan(Integer.parseInt(prop(events.get(0), "SEQUENCE")));

        String neutral = web.get("/api/calendar-feed").json().path("feed_neutral").asText();
        assertThat(events(anonymous(neutral).body())).extracting(e -> prop(e, "SUMMARY")).first().isEqualTo("Plan: step 1");
        assertThat(anonymous(neutral).body()).doesNotContain("rekindle:", "text");
    }

    @Test
    void theKeyOpensTheFeedAndNothingElse() {
        String feed = turnOn();
        String key = feed.substring(feed.indexOf("key=") + 4);
        assertThat(anonymous("/api/status?key=" + key).status()).isEqualTo(401);
        assertThat(anonymous("/?token=" + key).status()).isEqualTo(401);
        assertThat(web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/plan"))
                .header("Authorization", "Bearer " + key).GET()).status()).isEqualTo(401);
        assertThat(anonymous("/api/calendar-feed?key=" + key).status()).isEqualTo(401);
        assertThat(web.send(HttpRequest.newBuilder(URI.create(feed)).POST(HttpRequest.BodyPublishers.noBody())).status())
                .isIn(401, 404, 405);
    }

    @Test
    void aNewKeyRetiresTheOldAndOffMeansNotFound() {
        String first = turnOn();
        String second = turnOn();
        assertThat(second).isNotEqualTo(first);
        assertThat(anonymous(first).status()).isEqualTo(404);
        assertThat(anonymous(second).status()).isEqualTo(200);
        Served.Reply off = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/calendar-feed"))
                .header("Authorization", "Bearer " + Served.TOKEN).DELETE());
        assertThat(off.status()).isEqualTo(204);
        assertThat(anonymous(second).status()).isEqualTo(404);
        assertThat(web.get("/api/calendar-feed").json().path("feed").isNull()).isTrue();
    }

    @Test
    void turningItOffFromABrowserNeedsTheCsrfToken() {
        String feed = turnOn();
        Served.Reply link = anonymous("/?token=" + Served.TOKEN);
        String session = link.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Served.Reply forged = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/calendar-feed"))
                .header("Cookie", session).DELETE());
        assertThat(forged.status()).isEqualTo(403);
        assertThat(anonymous(feed).status()).isEqualTo(200);
    }
}
