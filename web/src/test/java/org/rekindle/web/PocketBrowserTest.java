package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * rekindle in a pocket, in a real headless Chromium: installable (Chromium's own installability check, the one
 * behind its install prompt and Lighthouse's audit, finds nothing missing), the last status shown with the server
 * stopped, the phone layout (stage, next step and its date before the first scroll; one row of navigation; the
 * map's and timeline's words at 12px or more), both colour schemes, and the page asking for the link.
 * Screenshots land in {@code web/target/screenshots/pocket-*.png}.
 */
class PocketBrowserTest {

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

    /** Chromium's installability errors for the page open now; empty when it can be installed. */
    @SuppressWarnings("unchecked")
    private static List<Object> installabilityErrors() {
        Map<String, Object> r = chromium.driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        return (List<Object>) r.get("installabilityErrors");
    }

    @Test
    void installableAndShowsTheLastStatusWithTheServerStopped(@TempDir Path dir) throws IOException {
        chromium.size(Chromium.PHONE);
        chromium.scheme("light");
        Served web = new Served(dir);
        String base = web.base();
        JsonNode status;
        try {
            web.startJourney();
            status = web.get("/api/status").json();
            chromium.driver.get(web.server.url());
            assertThat(chromium.driver.getCurrentUrl()).doesNotContain("token");
            assertThat(chromium.driver.getPageSource()).doesNotContain(Served.TOKEN);
            List<Object> errors = installabilityErrors();
            for (int i = 0; i < 40 && !errors.isEmpty(); i++) {
                sleep(500); // the manifest and the worker arrive after the page
                errors = installabilityErrors();
            }
            assertThat(errors).as("Chromium's installability errors").isEmpty();

            // the worker takes over, then a visit to the dashboard through it keeps the status
            chromium.waiting().until(d -> Boolean.TRUE.equals(chromium.js("return !!navigator.serviceWorker.controller;")));
            chromium.driver.get(base + "/");
            chromium.waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "caches.match('/last-status').then(function (r) { done(!!r); }).catch(function () { done(false); });")));
        } finally {
            web.close();
        }

        chromium.driver.get(base + "/");
        WebElement last = chromium.waiting().until(d -> {
            WebElement e = d.findElement(By.id("last"));
            return e.isDisplayed() ? e : null;
        });
        String page = chromium.driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Offline.", "can't reach its server",
                "saved " + LocalDate.now(), "as of " + status.path("as_of").asText());
        assertThat(last.getText()).contains(status.path("title").asText(), status.path("next").path("action").asText());
        if (!status.path("next").path("earliest").isNull()) {
            assertThat(last.getText()).contains(status.path("next").path("earliest").asText());
        }
        assertThat(page.toLowerCase()).doesNotContain("today");
        chromium.shot("pocket-offline-phone");
        chromium.axe("offline (light, phone)");
        chromium.scheme("dark");
        chromium.axe("offline (dark, phone)");
        chromium.shot("pocket-offline-phone-dark");
        chromium.size(Chromium.DESKTOP);
        chromium.axe("offline (dark, desktop)");
        chromium.scheme("light");
        chromium.axe("offline (light, desktop)");
    }

    @Test
    void onAPhoneTheStageTheNextStepAndItsDateComeBeforeTheFirstScroll(@TempDir Path dir) throws IOException {
        try (Served web = new Served(dir)) {
            web.postJson("/api/journey", Map.of("ex", "Sam", "breakup", "2026-11-10")); // in the cooling-off
            chromium.size(Chromium.PHONE);
            chromium.scheme("light");
            chromium.driver.get(web.server.url());
            chromium.waiting().until(d -> !d.findElements(By.id("next-action")).isEmpty());
            long fold = ((Number) chromium.js("return window.innerHeight;")).longValue();
            assertThat(fold).isEqualTo(844);
            for (By what : List.of(By.id("stage-name"), By.id("next-action"), By.cssSelector(".next .when"))) {
                WebElement e = chromium.driver.findElement(what);
                long bottom = ((Number) chromium.js("return arguments[0].getBoundingClientRect().bottom;", e)).longValue();
                assertThat(bottom).as(what + " ends above the fold").isLessThanOrEqualTo(fold);
            }
            assertThat(chromium.driver.findElement(By.cssSelector(".next .when")).getText()).contains("2026-12-10");
            // on a phone the navigation is a menu: one tap opens every page
            WebElement menu = chromium.driver.findElement(By.cssSelector(".nav-menu > summary"));
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(chromium.driver.findElement(By.cssSelector(".nav-wide")).isDisplayed()).isFalse();
            menu.click();
            assertThat(chromium.driver.findElements(By.cssSelector(".nav-menu nav a")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).toList()).containsExactly("Dashboard", "Plan", "Log", "Draft", "Journal",
                    "Timeline", "Settings");
            chromium.shot("pocket-menu-phone");
            menu.click();
            wordsAtLeast12px("journey map");
            noHorizontalScroll();
            chromium.shot("pocket-dashboard-phone");

            chromium.driver.get(web.base() + "/timeline");
            wordsAtLeast12px("timeline");
            // the whole cooling-off shows, and the day it ends
            assertThat(chromium.driver.findElement(By.cssSelector("#timeline-chart rect.cooling title")).getAttribute("textContent"))
                    .contains("2026-12-10");
            assertThat(chromium.driver.findElements(By.cssSelector("#timeline-chart .tick-label"))).hasSizeGreaterThan(2);
            noHorizontalScroll();
            chromium.shot("pocket-timeline-phone");

            chromium.scheme("dark");
            chromium.driver.get(web.base() + "/");
            String background = (String) chromium.js("return getComputedStyle(document.body).backgroundColor;");
            assertThat(background).isEqualTo("rgb(28, 25, 23)");
            chromium.shot("pocket-dashboard-phone-dark");
            chromium.size(Chromium.DESKTOP);
            chromium.shot("pocket-dashboard-desktop-dark");
            chromium.scheme("light");
            chromium.driver.get(web.base() + "/");
            oneRowOfNavigation();
            chromium.shot("pocket-dashboard-desktop");
        }
    }

    @Test
    void withoutTheLinkAPageSaysWhereItIsAndAPastedTokenLetsYouIn(@TempDir Path dir) throws IOException {
        try (Served web = new Served(dir)) {
            web.startJourney();
            for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
                for (String scheme : List.of("light", "dark")) {
                    chromium.size(size);
                    chromium.scheme(scheme);
                    chromium.driver.get(web.base() + "/");
                    assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("rekindle needs its link");
                    noHorizontalScroll();
                    chromium.axe("needs-link (" + scheme + ", " + size + ")");
                    chromium.shot("pocket-needs-link-" + (size == Chromium.PHONE ? "phone" : "desktop") + "-" + scheme);
                }
            }
            chromium.scheme("light");
            chromium.size(Chromium.PHONE);
            // by keyboard alone: Tab to the field, paste, Enter
            chromium.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement field = chromium.driver.switchTo().activeElement();
            assertThat(field.getAttribute("id")).isEqualTo("token");
            field.sendKeys(Served.TOKEN, Keys.ENTER);
            chromium.waiting().until(d -> !d.findElements(By.id("next-action")).isEmpty());
            assertThat(chromium.driver.getCurrentUrl()).isEqualTo(web.base() + "/");
        }
    }

    /** The pages a person in a pocket uses most, at both sizes and in both schemes, axe-core finding nothing. */
    @Test
    void everyPageAtBothSizesInBothSchemesWithAndWithoutAJourney(@TempDir Path dir) throws IOException {
        try (Served web = new Served(dir, BrowserTest.STUB)) {
            chromium.size(Chromium.PHONE);
            chromium.scheme("light");
            chromium.driver.get(web.server.url()); // no journey yet: the setup page
            for (String page : List.of("/setup", "/draft")) {
                everyWay(web, page, "nojourney");
            }
            web.postJson("/api/journey", Map.of("ex", "Sam", "breakup", "2026-09-01"));
            web.postJson("/api/events", Map.of("kind", "text-sent", "at", "2026-11-01", "text", "Heard our song."));
            web.postJson("/api/events", Map.of("kind", "reply", "at", "2026-11-02"));
            web.postJson("/api/events", Map.of("kind", "feelings", "at", "2026-11-20", "response", "needs-time"));

            // "I want to text them": one tap from the dashboard, a line from the guide, a private entry instead
            chromium.size(Chromium.PHONE);
            chromium.scheme("light");
            chromium.driver.get(web.base() + "/");
            chromium.driver.findElement(By.id("urge-button")).click();
            chromium.waiting().until(d -> !d.findElements(By.id("urge-form")).isEmpty());
            assertThat(chromium.driver.findElement(By.cssSelector(".calm-line")).getText()).contains("[L");
            chromium.driver.findElement(By.id("urge-text")).sendKeys("I wanted to tell them about my day.");
            chromium.driver.findElement(By.id("urge-mood-2")).click();
            chromium.driver.findElement(By.cssSelector("#urge-form button[type=submit]")).click();
            WebElement count = chromium.waiting().until(d -> d.findElements(By.id("resisted-count")).isEmpty() ? null
                    : d.findElement(By.id("resisted-count")));
            assertThat(count.getText()).startsWith("1 urge written down");
            assertThat(chromium.driver.findElement(By.cssSelector(".notice.ok")).getText()).contains("Kept in your journal");
            chromium.shot("pocket-after-urge-phone");

            // the journal: people's words, a mood chart with its words, an entry with a mood
            chromium.driver.get(web.base() + "/journal");
            chromium.driver.findElement(By.id("journal-text")).sendKeys("Better today.");
            chromium.driver.findElement(By.id("journal-mood-4")).click();
            chromium.driver.findElement(By.cssSelector("#journal-form button[type=submit]")).click();
            chromium.waiting().until(d -> d.findElements(By.cssSelector("#mood-chart circle.mood-dot")).size() == 2);
            String table = chromium.driver.findElement(By.id("journal-table")).getText();
            assertThat(table).contains("I sent a text", "They replied", "They need time", "Private entry")
                    .doesNotContain("text-sent", "needs-time");
            assertThat(chromium.driver.findElement(By.id("mood-desc")).getAttribute("textContent"))
                    .contains("2 entries with a mood");
            for (WebElement day : chromium.driver.findElements(By.cssSelector("#journal-table td.day time"))) {
                assertThat(day.getSize().getHeight()).as("a date on one line").isLessThan(30);
            }
            wordsAtLeast12px("mood chart");

            // the plan: each step with its day and why; the feed turned on from the page
            chromium.driver.get(web.base() + "/plan");
            assertThat(chromium.driver.findElements(By.cssSelector("#plan-steps li"))).isNotEmpty();
            assertThat(chromium.driver.findElement(By.cssSelector("#plan-steps li .reason")).getText()).isNotBlank();
            chromium.driver.findElement(By.cssSelector("#calendar button[value=new]")).click();
            WebElement feed = chromium.waiting().until(d -> d.findElements(By.id("feed-url")).isEmpty() ? null : d.findElement(By.id("feed-url")));
            assertThat(feed.getAttribute("value")).startsWith(web.base() + "/calendar.ics?key=");
            assertThat(web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(feed.getAttribute("value"))).GET())
                    .body()).startsWith("BEGIN:VCALENDAR");

            // the draft box: the review drawn by the server, concerns and good signals apart
            chromium.driver.get(web.base() + "/draft");
            chromium.driver.findElement(By.id("draft-text")).sendKeys("I miss you");
            chromium.waiting().until(d -> !d.findElements(By.cssSelector("#draft-result .finding.concern")).isEmpty());
            assertThat(chromium.driver.findElement(By.cssSelector("#draft-result .finding.concern")).getText())
                    .contains("Romantic words", "miss you", "Too early to flirt");

            for (String page : List.of("/", "/plan", "/log", "/journal", "/timeline", "/urge", "/draft")) {
                everyWay(web, page, "journey");
            }
            // keyboard only: from the dashboard, log a reply and see it land
            chromium.size(Chromium.PHONE);
            chromium.scheme("light");
            chromium.driver.get(web.base() + "/log");
            WebElement summary = chromium.driver.findElement(By.cssSelector("#kind-reply > summary"));
            summary.sendKeys(Keys.ENTER);
            WebElement at = chromium.driver.findElement(By.id("at-reply"));
            at.sendKeys("11232026");
            chromium.driver.findElement(By.cssSelector("#log-reply button[type=submit]")).sendKeys(Keys.ENTER);
            chromium.waiting().until(d -> !d.findElements(By.cssSelector(".notice.ok")).isEmpty());
            assertThat(chromium.driver.findElement(By.cssSelector(".notice.ok")).getText()).contains("They replied");

            // keyboard only: Tab to the draft box, type, Tab to "Check it", Enter; the review comes back
            chromium.driver.get(web.base() + "/draft");
            WebElement focused = null;
            for (int i = 0; i < 30; i++) {
                chromium.driver.switchTo().activeElement().sendKeys(Keys.TAB);
                focused = chromium.driver.switchTo().activeElement();
                if ("draft-text".equals(focused.getAttribute("id"))) {
                    break;
                }
            }
            assertThat(focused.getAttribute("id")).isEqualTo("draft-text");
            focused.sendKeys("I miss you so much");
            focused.sendKeys(Keys.TAB);
            WebElement check = chromium.driver.switchTo().activeElement();
            assertThat(check.getAttribute("id")).isEqualTo("draft-submit");
            check.sendKeys(Keys.ENTER);
            chromium.waiting().until(d -> d.findElements(By.id("draft-verdict")).stream().anyMatch(v -> v.getText().contains("HOLD")));
        }
    }

    private static void everyWay(Served web, String page, String state) throws IOException {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            for (String scheme : List.of("light", "dark")) {
                chromium.size(size);
                chromium.scheme(scheme);
                chromium.driver.get(web.base() + page);
                noHorizontalScroll();
                chromium.axe(page + " (" + state + ", " + scheme + ", " + size + ")");
                String name = page.equals("/") ? "dashboard" : page.substring(1);
                chromium.shot("pocket-" + name + "-" + state + "-" + (size == Chromium.PHONE ? "phone" : "desktop") + "-" + scheme);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void oneRowOfNavigation() {
        Object rows = chromium.js("var tops = {}; document.querySelectorAll('header.top .nav-wide li').forEach(function (li) {"
                + " var r = li.getBoundingClientRect(); if (r.height > 0) { tops[Math.round(r.top)] = true; } });"
                + " return Object.keys(tops).length;");
        assertThat(((Number) rows).intValue()).as("rows of navigation").isEqualTo(1);
    }

    /** Every word in the page's SVGs, as drawn on screen (font size times the SVG's scale), at 12px or more. */
    private static void wordsAtLeast12px(String what) {
        Object smallest = chromium.js("var min = 1000; document.querySelectorAll('svg text').forEach(function (t) {"
                + " var px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a; if (px < min) { min = px; } });"
                + " return min;");
        assertThat(((Number) smallest).doubleValue()).as("smallest text in the " + what + ", px").isGreaterThanOrEqualTo(12.0);
    }

    private static void noHorizontalScroll() {
        Object overflow = chromium.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at " + chromium.driver.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }
}
