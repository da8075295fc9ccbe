package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Putting a mistake right, in a real headless Chromium: taking back an entry from the journal, the settings page,
 * the confirmation before a final step (by keyboard alone too), and the calendar feed of an account on the
 * multi-user server. Every new page at 390×844 and 1280×900, light and dark, axe-core finding nothing; screenshots
 * in {@code web/target/screenshots/corrections-*.png}.
 */
class CorrectionsBrowserTest {

    static Chromium chromium;

    @BeforeAll
    static void browser() throws IOException {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The page as it stands (a page a POST answered too), at both sizes, in both schemes. */
    private static void everyWay(String name) throws IOException {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            for (String scheme : List.of("light", "dark")) {
                chromium.size(size);
                chromium.scheme(scheme);
                Object overflow = chromium.js(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + name).isLessThanOrEqualTo(0);
                chromium.axe(name + " (" + scheme + ", " + size + ")");
                chromium.shot("corrections-" + name + "-" + (size == Chromium.PHONE ? "phone" : "desktop") + "-" + scheme);
            }
        }
        chromium.size(Chromium.PHONE);
        chromium.scheme("light");
    }

    @Test
    void takeBackAnEntryChangeTheSettingsAndConfirmAFinalStep(@TempDir Path dir) throws IOException {
        try (Served web = new Served(dir)) {
            web.startJourney();
            web.postJson("/api/events", Map.of("kind", "text-sent", "at", "2026-11-01", "text", "Heard our song."));
            long reply = web.postJson("/api/events", Map.of("kind", "reply", "at", "2026-11-02")).json()
                    .path("logged").path("version").asLong();
            chromium.size(Chromium.PHONE);
            chromium.scheme("light");
            chromium.driver.get(web.server.url());
            chromium.shown(By.id("next-action"));

            // the journal: each row offers to take its entry back
            chromium.driver.get(web.base() + "/journal");
            WebElement takeBack = chromium.driver.findElement(By.cssSelector("tr[data-version='" + reply + "'] a.row-action"));
            assertThat(takeBack.getAttribute("textContent")).isEqualTo("Take back: They replied, 2026-11-02");
            takeBack.click();
            assertThat(chromium.shown(By.id("entry-shown")).getText()).contains("2026-11-02", "They replied");
            everyWay("take-back");
            chromium.driver.findElement(By.id("why")).sendKeys("tapped the wrong one");
            chromium.driver.findElement(By.id("take-back")).click();
            assertThat(chromium.shown(By.cssSelector(".notice.ok")).getText()).contains("Taken back: They replied (2026-11-02)");
            assertThat(chromium.driver.findElement(By.cssSelector("tr[data-version='" + reply + "']")).getText())
                    .contains("taken back");
            everyWay("journal-after-take-back");

            // taken back twice: the page says so, in words, and changes nothing
            chromium.driver.get(web.base() + "/correct?version=" + reply);
            chromium.driver.findElement(By.id("take-back")).click();
            assertThat(chromium.shown(By.cssSelector(".notice.error")).getText()).contains("already taken back");
            everyWay("take-back-refused");

            // the settings: a plain form; a short cooling-off is accepted with the guide's warning
            chromium.driver.get(web.base() + "/");
            chromium.driver.findElement(By.cssSelector(".nav-menu > summary")).click();
            chromium.driver.findElement(By.linkText("Settings")).click();
            WebElement days = chromium.shown(By.id("cooling_days"));
            assertThat(days.getAttribute("value")).isEqualTo("30");
            everyWay("settings");
            days.clear();
            days.sendKeys("20");
            chromium.driver.findElement(By.id("save-settings")).click();
            assertThat(chromium.shown(By.cssSelector(".notice.ok")).getText()).contains("Saved");
            assertThat(chromium.driver.findElement(By.cssSelector(".notice.warn")).getText()).contains("[L1]");
            var events = web.get("/api/events").json();
            assertThat(events.get(events.size() - 1).path("kind").asText()).isEqualTo("settings");
            assertThat(events.get(events.size() - 1).path("cooling_days").asInt()).isEqualTo(20);
            everyWay("settings-saved");

            // a final step asks first: Go back records nothing
            chromium.driver.get(web.base() + "/log?kind=moving-on");
            chromium.driver.findElement(By.cssSelector("#log-moving-on button[type=submit]")).click();
            assertThat(chromium.shown(By.id("confirm-h")).getText()).isEqualTo("Are you moving on?");
            everyWay("confirm-moving-on");
            int before = web.get("/api/events").json().size();
            chromium.driver.findElement(By.id("go-back")).click();
            chromium.shown(By.id("log-moving-on"));
            assertThat(chromium.driver.findElement(By.id("kind-moving-on")).getAttribute("open")).isNotNull();
            assertThat(web.get("/api/events").json().size()).isEqualTo(before);

            // keyboard only: open "They asked for no contact", log it, Tab to Confirm, Enter
            chromium.driver.get(web.base() + "/log");
            chromium.driver.findElement(By.cssSelector("#kind-no-contact-request > summary")).sendKeys(Keys.ENTER);
            chromium.driver.findElement(By.cssSelector("#log-no-contact-request button[type=submit]")).sendKeys(Keys.ENTER);
            assertThat(chromium.shown(By.id("confirm-h")).getText()).isEqualTo("Did Sam ask for no contact?");
            everyWay("confirm-no-contact");
            WebElement focused = null;
            chromium.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            for (int i = 0; i < 30; i++) {
                focused = chromium.driver.switchTo().activeElement();
                if ("confirm-final".equals(focused.getAttribute("id"))) {
                    break;
                }
                focused.sendKeys(Keys.TAB);
            }
            assertThat(focused.getAttribute("id")).isEqualTo("confirm-final");
            focused.sendKeys(Keys.ENTER);
            assertThat(chromium.shown(By.cssSelector(".notice.ok")).getText()).contains("They asked for no contact");
            assertThat(web.get("/api/status").json().path("stage").asText()).isEqualTo("MOVING_ON");
            assertThat(web.get("/api/events").json().size()).isEqualTo(before + 1);
        }
    }

    @Test
    void anAccountTurnsItsCalendarFeedOnFromThePlanPage() throws IOException {
        try (MultiServed web = new MultiServed(TestPostgres.shared())) {
            MultiServed.User alice = web.signedUp();
            assertThat(alice.post("/api/journey", Map.of("ex", "Sam", "breakup", "2026-09-01")).status()).isEqualTo(201);
            chromium.size(Chromium.PHONE);
            chromium.scheme("light");
            chromium.driver.get(web.server.baseUrl() + "/login");
            String session = alice.cookie.substring(alice.cookie.indexOf('=') + 1);
            chromium.driver.manage().addCookie(new Cookie("rekindle_session", session, "/"));
            chromium.driver.get(web.server.baseUrl() + "/plan");
            chromium.driver.findElement(By.cssSelector("#calendar button[value=new]")).click();
            String feed = chromium.shown(By.id("feed-url")).getAttribute("value");
            assertThat(feed).startsWith(web.server.baseUrl() + "/calendar.ics?key=");
            assertThat(chromium.driver.findElement(By.cssSelector("#calendar .notice.ok")).getText())
                    .contains("can't show it again");
            assertThat(web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(feed)).GET())
                    .body()).startsWith("BEGIN:VCALENDAR");
            everyWay("plan-account-feed-new");
            chromium.driver.get(web.server.baseUrl() + "/plan");
            assertThat(chromium.shown(By.id("feed-on")).getText()).contains("only a fingerprint");
            assertThat(chromium.driver.findElements(By.id("feed-url"))).isEmpty();
            everyWay("plan-account-feed-on");
            assertThat(chromium.driver.findElement(By.tagName("footer")).getText()).contains("in your account on this server");
            chromium.driver.findElement(By.cssSelector("#calendar button[value=off]")).click();
            assertThat(chromium.shown(By.cssSelector(".notice.ok")).getText()).contains("The calendar feed is off");
            assertThat(web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(feed)).GET())
                    .status()).isEqualTo(404);
            chromium.driver.manage().deleteAllCookies();
        }
    }
}
