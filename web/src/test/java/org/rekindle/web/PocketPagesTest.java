package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a browser without JavaScript uses them: plain forms that post and pages drawn on the server. The
 * draft box gives its review, a journal entry with a mood is kept, and bad input changes nothing.
 */
class PocketPagesTest {

    @TempDir
    Path dir;

    Served web;
    SignedIn visitor;

    @BeforeEach
    void serve() {
        web = new Served(dir, BrowserTest.STUB);
        web.startJourney();
        visitor = SignedIn.on(web, "/draft");
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

    @Test
    void theDraftBoxIsAPlainFormWhoseAnswerIsTheReview() {
        String form = page("/draft").body();
        assertThat(form).contains("<form class=\"stack\" id=\"draft-form\" action=\"/draft\" method=\"post\">",
                "id=\"draft-submit\"").doesNotContain("needs JavaScript");
        Served.Reply reviewed = post("/draft", "text", "I miss you", "stage", "FIRST_TEXT");
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.body()).contains("send this", "HOLD", "Romantic words", "<mark class=\"block\">miss you</mark>",
                "Too early to flirt at FIRST_TEXT", "I miss you</textarea>", "value=\"FIRST_TEXT\" selected")
                .doesNotContain(">ROMANTIC<");
        assertThat(post("/draft", "text", "hello").status()).isEqualTo(200);
        assertThat(web.send(HttpRequest.newBuilder(URI.create(web.base() + "/draft")).header("Cookie", visitor.session())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=hi"))).status()).isEqualTo(403);
    }

    @Test
    void aJournalEntryWithAMoodIsKeptAndABadMoodChangesNothing() {
        Served.Reply bad = post("/journal", "text", "rough day", "mood", "9");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("mood");
        assertThat(web.get("/api/events").json()).isEmpty();
        Served.Reply ok = post("/journal", "text", "rough day, didn't text", "mood", "2");
        assertThat(ok.status()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/journal?wrote");
        assertThat(web.get("/api/events").json().get(0).path("mood").asInt()).isEqualTo(2);
        String journal = page("/journal?wrote").body();
        assertThat(journal).contains("Kept in your journal.", "id=\"mood-chart\"", "1 entry with a mood", "Private entry",
                "mood 2 of 5 (low)");
        Served.Reply urge = post("/journal", "text", "wanted to text", "from", "urge");
        assertThat(urge.headers().firstValue("Location")).hasValue("/?resisted");
        assertThat(page("/?resisted").body()).contains("2 times you wrote instead of texting", "2 urges written down");
    }

    @Test
    void thePlanPageGivesEachDayAReasonAndDownloadsTheCalendar() {
        String plan = page("/plan").body();
        assertThat(plan).contains("The road ahead", "The earliest day for this", "href=\"/plan.ics\"");
        Served.Reply ics = page("/plan.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.type()).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").doesNotContain("Sam");
        assertThat(web.send(HttpRequest.newBuilder(URI.create(web.base() + "/plan.ics")).GET()).status()).isEqualTo(401);
    }
}
