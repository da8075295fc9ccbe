package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.app.review.Reviewer;

/**
 * Corrections, settings and the confirmation before a final step, as a browser without JavaScript uses them: plain
 * forms that post, redirect and show the result; a refusal shown on the page in people's words with a 4xx, and
 * nothing stored changed. The JSON API logs a final step at once, as before.
 */
class CorrectionPagesTest {

    @TempDir
    Path dir;

    Served web;
    SignedIn visitor;

    @BeforeEach
    void serve() {
        web = new Served(dir);
        web.startJourney();
        signIn();
    }

    private void signIn() {
        visitor = SignedIn.on(web, "/journal");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private Served.Reply page(String path) {
        return visitor.page(path);
    }

    private Served.Reply post(String path, String... fields) {
        return visitor.post(path, fields);
    }

    private long log(Map<String, String> event) {
        Served.Reply r = web.postJson("/api/events", event);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("logged").path("version").asLong();
    }

    private int entries() {
        return web.get("/api/events").json().size();
    }

    private String stage() {
        return web.get("/api/status").json().path("stage").asText();
    }

    @Test
    void eachHistoryRowTakesBackItsEntryThroughAPlainForm() {
        log(Map.of("kind", "text-sent", "at", "2026-11-01"));
        long reply = log(Map.of("kind", "reply", "at", "2026-11-02"));
        String before = stage();
        String journal = page("/journal").body();
        assertThat(journal).contains("href=\"/correct?version=" + reply + "\"", "Take back<span class=\"visually-hidden\">: They replied, 2026-11-02");

        String form = page("/correct?version=" + reply).body();
        assertThat(form).contains("They replied", "2026-11-02", "<form method=\"post\" action=\"/correct\"",
                "name=\"version\" value=\"" + reply + "\"", "id=\"go-back\"").doesNotContain("id=\"final-no-limit\"");

        Served.Reply forged = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/correct")).header("Cookie", visitor.session())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=" + reply)));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(entries()).isEqualTo(2);

        Served.Reply nul = post("/correct", "version", String.valueOf(reply), "why", "mis\u0000tap");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("role=\"alert\"", "why");
        assertThat(entries()).isEqualTo(2);

        Served.Reply done = post("/correct", "version", String.valueOf(reply), "why", "mis-tap");
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/journal?retracted=" + reply);
        assertThat(stage()).isNotEqualTo(before);
        String after = page("/journal?retracted=" + reply).body();
        assertThat(after).contains("Taken back: They replied (2026-11-02).", "the coach no longer counts it",
                "(taken back: not counted)", "They replied (2026-11-02) · “mis-tap”")
                .doesNotContain("href=\"/correct?version=" + reply + "\"");

        Served.Reply twice = post("/correct", "version", String.valueOf(reply));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("role=\"alert\"", "They replied (2026-11-02) is already taken back");
        assertThat(entries()).isEqualTo(3);

        Served.Reply none = post("/correct", "version", "999");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("there is no entry 999 in your journal");
        assertThat(page("/correct?version=999").status()).isEqualTo(404);
        assertThat(entries()).isEqualTo(3);
    }

    @Test
    void aFinalNoCanBeTakenBackWithinADayAndNotAfter() {
        long early = log(Map.of("kind", "no-contact-request", "at", "2026-11-20"));
        assertThat(page("/correct?version=" + early).body()).contains("id=\"final-no-limit\"", "within 24 hours");
        assertThat(post("/correct", "version", String.valueOf(early)).status()).isEqualTo(303);
        long late = log(Map.of("kind", "no-contact-request", "at", "2026-11-21"));
        web.close();
        // two days on, the same folder: that no stands
        Clock later = Clock.offset(Clock.fixed(Served.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()), Duration.ofDays(2));
        web = new Served(WebServer.start(new WebServer.Options(dir, "127.0.0.1", 0, Served.TOKEN, later, null,
                Reviewer.NOT_INSTALLED)));
        signIn();
        int before = entries();
        Served.Reply refused = post("/correct", "version", String.valueOf(late));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("role=\"alert\"", "They asked for no contact (2026-11-21) was logged more than "
                + "24 hours ago, so it can't be taken back", "Nothing was changed");
        assertThat(entries()).isEqualTo(before);
        assertThat(stage()).isEqualTo("MOVING_ON");
    }

    @Test
    void theSettingsPageChangesOnlyWhatDiffersAndRefusesBadInputOnThePage() {
        String form = page("/settings").body();
        assertThat(form).contains("<form method=\"post\" action=\"/settings\"", "name=\"cooling_days\"",
                "value=\"mutual\" checked", "aria-current=\"page\">Settings");
        assertThat(post("/settings", "cooling_days", "30", "ended_by", "mutual").headers().firstValue("Location"))
                .hasValue("/settings?unchanged");
        assertThat(entries()).isZero();

        Served.Reply bad = post("/settings", "cooling_days", "a month", "ended_by", "me");
        assertThat(bad.status()).isEqualTo(400);
        // the field named as the form names it, not as JSON does
        assertThat(bad.body()).contains("role=\"alert\"", "The days of no contact must be a whole number", "for example 30",
                "value=\"a month\"");
        Served.Reply badWho = post("/settings", "cooling_days", "30", "ended_by", "nobody");
        assertThat(badWho.status()).isEqualTo(400);
        assertThat(badWho.body()).contains("Who ended it 'nobody' is not known", "use one of me|them|mutual");
        assertThat(entries()).isZero();

        Served.Reply saved = post("/settings", "cooling_days", "20", "ended_by", "me", "hurtful", "true");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/settings?saved");
        JsonNode events = web.get("/api/events").json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("kind").asText()).isEqualTo("settings");
        assertThat(events.get(0).path("cooling_days").asInt()).isEqualTo(20);
        String after = page("/settings?saved").body();
        assertThat(after).contains("Saved.", "value=\"20\"", "value=\"me\" checked", "[L1]");
    }

    @Test
    void aFinalStepFromTheLogFormAsksFirstAndOnlyConfirmRecordsIt() {
        Served.Reply asked = post("/log", "kind", "no-contact-request", "at", "2026-11-20");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Did Sam ask for no contact?", "suggests no contact step", "within 24 hours",
                "it is their answer: honor it", "What the guide says [L19]", // the playbook's ending, with its line
                "id=\"confirm-final\"", "name=\"confirm\" value=\"yes\"", "href=\"/log?kind=no-contact-request#kind-no-contact-request\"");
        assertThat(entries()).isZero();
        Served.Reply confirmed = post("/log", "kind", "no-contact-request", "at", "2026-11-20", "confirm", "yes");
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(entries()).isEqualTo(1);
        assertThat(stage()).isEqualTo("MOVING_ON");
    }

    @Test
    void aDeclinedAppealAndMovingOnAskToo() {
        assertThat(post("/log", "kind", "appeal", "at", "2026-11-20", "response", "declined").body())
                .contains("Did Sam decline your final appeal?", "I made the one final appeal: they declined",
                        "name=\"response\" value=\"declined\"");
        assertThat(post("/log", "kind", "moving-on", "at", "2026-11-20").body()).contains("Are you moving on?",
                "take it back from the journal");
        assertThat(entries()).isZero();
        // an answer that is no final no, and an ordinary entry, are logged at once
        assertThat(post("/log", "kind", "appeal", "at", "2026-11-20", "response", "accepted").status()).isEqualTo(303);
        assertThat(post("/log", "kind", "reply", "at", "2026-11-21").status()).isEqualTo(303);
        // a day the use case refuses is refused at once, with no confirmation before it
        Served.Reply early = post("/log", "kind", "moving-on", "at", "2020-01-01");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("role=\"alert\"").doesNotContain("id=\"confirm-final\"");
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void theApiLogsAFinalStepAtOnce() {
        assertThat(web.postJson("/api/events", Map.of("kind", "no-contact-request", "at", "2026-11-20")).status())
                .isEqualTo(201);
        assertThat(stage()).isEqualTo("MOVING_ON");
    }
}
