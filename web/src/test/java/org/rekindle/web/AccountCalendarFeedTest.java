package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rekindle.store.Database;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The calendar feed on the multi-user server, on a real PostgreSQL: one key per account, kept only as its SHA-256,
 * opening that account's plan and nothing else; replaced, turned off, and gone with the account.
 */
class AccountCalendarFeedTest {

    static MultiServed web;
    static String url;

    @BeforeAll
    static void start() {
        url = TestPostgres.shared();
        web = new MultiServed(url);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static MultiServed.User withJourney(String breakup) {
        MultiServed.User u = web.signedUp();
        assertThat(u.post("/api/journey", Map.of("ex", "Sam", "breakup", breakup)).status()).isEqualTo(201);
        return u;
    }

    private static String turnOn(MultiServed.User u) {
        Served.Reply on = u.post("/api/calendar-feed", Map.of());
        assertThat(on.status()).isEqualTo(201);
        assertThat(on.json().path("on").asBoolean()).isTrue();
        return on.json().path("feed").asText();
    }

    private static Served.Reply anonymous(String pathOrUrl) {
        String u = pathOrUrl.startsWith("http") ? pathOrUrl : web.server.baseUrl() + pathOrUrl;
        return web.send(HttpRequest.newBuilder(URI.create(u)).GET());
    }

    private static String key(String feed) {
        return feed.substring(feed.indexOf("key=") + 4);
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        return cal.getComponents("VEVENT");
    }

    private static List<String> props(String ics, String name) throws Exception {
        return events(ics).stream().map(e -> e.getProperty(name).map(Property::getValue).orElse(null)).toList();
    }

    /** What the database holds for an account's feed, read straight from the table. */
    private static String storedKey(long accountId) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(url));
             PreparedStatement q = c.prepareStatement("SELECT feed_key FROM calendar_feed WHERE account_id = ?")) {
            q.setLong(1, accountId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long id(MultiServed.User u) {
        return web.db.accounts().byEmail(u.email).orElseThrow().id();
    }

    @Test
    void eachAccountsKeyOpensItsOwnPlanWithStableUidsAndTheDatabaseKeepsOnlyItsHash() throws Exception {
        MultiServed.User alice = withJourney("2026-09-01");
        MultiServed.User bob = withJourney("2026-11-10"); // still in the cooling-off: other days
        assertThat(alice.get("/api/calendar-feed").json().path("on").asBoolean()).isFalse();
        String aliceFeed = turnOn(alice);
        String bobFeed = turnOn(bob);
        assertThat(aliceFeed).startsWith(web.server.baseUrl() + "/calendar.ics?key=");

        Served.Reply ics = anonymous(aliceFeed);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.type()).startsWith("text/calendar");
        assertThat(ics.body()).doesNotContain("Sam");
        List<String> planDays = new java.util.ArrayList<>();
        for (var step : alice.get("/api/plan").json().path("steps")) {
            var day = step.get("earliest").isNull() ? step.get("until") : step.get("earliest");
            if (!day.isNull()) {
                planDays.add(day.asText().replace("-", ""));
            }
        }
        assertThat(props(ics.body(), "DTSTART")).containsExactlyElementsOf(planDays).isNotEmpty();
        assertThat(props(anonymous(aliceFeed).body(), "UID")).as("UIDs stable across calls")
                .isEqualTo(props(ics.body(), "UID"));
        assertThat(props(anonymous(bobFeed).body(), "DTSTART")).as("bob's key opens bob's plan")
                .isNotEqualTo(props(ics.body(), "DTSTART"));
        assertThat(props(anonymous(bobFeed).body(), "UID")).doesNotContainAnyElementsOf(props(ics.body(), "UID"));

        String stored = storedKey(id(alice));
        assertThat(stored).as("the SHA-256 of the key, in hex").matches("[0-9a-f]{64}")
                .isEqualTo(AccountFeedKeys.fingerprint(key(aliceFeed))).isNotEqualTo(key(aliceFeed));
        assertThat(anonymous("/calendar.ics?key=" + stored).status()).as("the stored hash is no key").isEqualTo(404);
        // shown once: afterwards the API says it is on, without the address
        var shown = alice.get("/api/calendar-feed").json();
        assertThat(shown.path("on").asBoolean()).isTrue();
        assertThat(shown.path("feed").isNull()).isTrue();
    }

    @Test
    void theKeyOpensNothingElseAndAWrongOrRevokedKeyIsAnUnknownAddress() {
        MultiServed.User alice = withJourney("2026-09-01");
        String feed = turnOn(alice);
        String key = key(feed);
        MultiServed.User thief = web.user();
        thief.cookie = "rekindle_session=" + key; // as a session it opens nothing
        assertThat(thief.get("/api/status").status()).isEqualTo(401);
        assertThat(thief.get("/api/plan").status()).isEqualTo(401);
        assertThat(thief.get("/api/calendar-feed").status()).isEqualTo(401);
        assertThat(thief.get("/plan").status()).isEqualTo(303); // to the log-in page
        assertThat(anonymous("/api/status?key=" + key).status()).isEqualTo(401);
        assertThat(anonymous("/plan.ics?key=" + key).status()).isIn(303, 401);
        assertThat(web.send(HttpRequest.newBuilder(URI.create(web.server.baseUrl() + "/api/export"))
                .header("Authorization", "Bearer " + key).GET()).status()).isEqualTo(401);

        Served.Reply unknown = anonymous("/calendar.ics?key=" + "x".repeat(32));
        Served.Reply none = anonymous("/calendar.ics");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(none.status()).isEqualTo(404);
        assertThat(alice.get("/calendar.ics").status()).as("a session is no feed key").isEqualTo(404);

        String second = turnOn(alice);
        Served.Reply replaced = anonymous(feed);
        assertThat(replaced.status()).isEqualTo(404);
        assertThat(replaced.body()).isEqualTo(unknown.body());
        assertThat(anonymous(second).status()).isEqualTo(200);
        assertThat(alice.delete("/api/calendar-feed", Map.of()).status()).isEqualTo(204);
        Served.Reply revoked = anonymous(second);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(unknown.body());
        assertThat(alice.get("/api/calendar-feed").json().path("on").asBoolean()).isFalse();
    }

    @Test
    void deletingTheAccountTakesItsFeedWithIt() throws Exception {
        MultiServed.User alice = withJourney("2026-09-01");
        String feed = turnOn(alice);
        long id = id(alice);
        assertThat(storedKey(id)).isNotNull();
        assertThat(alice.delete("/api/account", Map.of("password", alice.password)).status()).isEqualTo(204);
        assertThat(storedKey(id)).as("ON DELETE CASCADE").isNull();
        assertThat(web.db.accounts().rowsOf(id)).isZero();
        assertThat(anonymous(feed).status()).isEqualTo(404);
    }

    @Test
    void thePlanPageButtonsWorkForAnAccountWithItsCsrfToken() {
        MultiServed.User alice = withJourney("2026-09-01");
        String plan = page(alice, "/plan").body();
        assertThat(plan).contains("Make a feed address").doesNotContain("one person's server");
        Served.Reply forged = form(alice, "/plan/calendar", "feed=new");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(alice.get("/api/calendar-feed").json().path("on").asBoolean()).isFalse();

        Served.Reply made = form(alice, "/plan/calendar", "csrf=" + alice.csrf + "&feed=new");
        assertThat(made.status()).isEqualTo(200);
        Matcher m = Pattern.compile("id=\"feed-url\" readonly value=\"([^\"]+)\"").matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        String feed = m.group(1).replace("&amp;", "&");
        assertThat(made.body()).contains("can't show it again");
        assertThat(anonymous(feed).body()).startsWith("BEGIN:VCALENDAR");

        String later = page(alice, "/plan").body();
        assertThat(later).contains("id=\"feed-on\"").doesNotContain(key(feed));
        Served.Reply off = form(alice, "/plan/calendar", "csrf=" + alice.csrf + "&feed=off");
        assertThat(off.status()).isEqualTo(303);
        assertThat(off.headers().firstValue("Location")).hasValue("/plan?feed=off");
        assertThat(anonymous(feed).status()).isEqualTo(404);
        assertThat(page(alice, "/plan?feed=off").body()).contains("The calendar feed is off", "Make a feed address");
    }

    @Test
    void theSetupPageSpeaksOfTheAccountNotADataFolder() {
        MultiServed.User alice = withJourney("2026-09-01");
        String setup = page(alice, "/setup").body();
        assertThat(setup).contains("Your account already has a journey").doesNotContain("data folder");
        MultiServed.User fresh = web.signedUp();
        assertThat(page(fresh, "/setup").body()).contains("It stays in your account on this server")
                .doesNotContain("this machine");
    }

    static Served.Reply page(MultiServed.User u, String path) {
        return web.send(u.request(path).header("Accept", "text/html").GET());
    }

    static Served.Reply form(MultiServed.User u, String path, String body) {
        return web.send(HttpRequest.newBuilder(URI.create(web.server.baseUrl() + path)).header("Cookie", u.cookie)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
