package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rekindle.journey.Stage;
import org.rekindle.app.review.Reviewer;
import org.rekindle.draft.DraftReview;
import org.rekindle.draft.Label;
import org.rekindle.draft.LabelReview;
import org.rekindle.draft.Severity;
import org.rekindle.draft.Span;
import org.rekindle.draft.Verdict;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * nothing downloaded), at a phone's size: start a journey, log a text and a reply, see the map
 * move, type a draft and see the highlight and the verdict, and run axe-core on every page.
 * Screenshots land in {@code web/target/screenshots/}. Without Chromium or axe-core (npm ci in
 * web/src/test/js) the test is skipped on a developer's machine and fails under CI.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("rekindle.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("rekindle.chromedriver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of(System.getProperty("rekindle.axe", "src/test/js/node_modules/axe-core/axe.min.js"));
    static final Path SHOTS = Path.of(System.getProperty("rekindle.screenshots", "target/screenshots"));

    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void browser() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(CHROMIUM, DRIVER, AXE)) {
            if (!Files.exists(p)) {
                missing.add(p.toString());
            }
        }
        if (!missing.isEmpty()) {
            String why = "browser tests need " + missing + ": apt-get install chromium chromium-driver; npm ci --prefix web/src/test/js";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("rekindle-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=390,844", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** A stand-in reviewer for the page's sake only: it marks "miss you" and holds; the real one plugs in later. */
    static final Reviewer STUB = (text, stage) -> {
        int at = text.toLowerCase().indexOf("miss you");
        List<LabelReview> labels = at < 0 ? List.of() : List.of(new LabelReview(Label.ROMANTIC, Severity.BLOCK,
                List.of(new Span(at, at + 8)), "Too early to flirt at " + stage, "L5", List.of()));
        return new DraftReview(at >= 0 ? Verdict.HOLD : Verdict.SEND, stage, labels, text.split("\\s+").length,
                List.of("Keep the first text light and friendly."), null, false, null);
    };

    @Test
    void aJourneyInTheBrowserAtPhoneSize(@TempDir Path dir) throws IOException {
        try (Served web = new Served(dir, STUB)) {
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(web.server.url());
            assertThat(driver.getCurrentUrl()).doesNotContain("token").endsWith("/setup");
            axe("setup");
            driver.findElement(By.id("ex")).sendKeys("Sam");
            setValue(driver.findElement(By.id("breakup")), "2026-09-01");
            driver.findElement(By.cssSelector("input[name=ended_by][value=me]")).click();
            driver.findElement(By.cssSelector("#setup-form button[type=submit]")).click();

            assertThat(currentStage()).isEqualTo("FIRST_TEXT");
            assertThat(driver.findElement(By.id("next-action")).getText()).isNotBlank();
            noHorizontalScroll();
            shot("dashboard-first-text");
            axe("dashboard");

            log("text-sent", "2026-11-01", "I heard our favorite song on the radio and thought of you. Hope you're great.");
            assertThat(waitFor(By.cssSelector(".notice.ok")).getText()).contains("I sent a text");
            String afterText = currentStage();
            assertThat(afterText).isIn("AWAITING_REPLY", "SILENCE");
            log("reply", "2026-11-02", null);
            assertThat(currentStage()).isEqualTo("TEXTING");
            assertThat(driver.findElement(By.cssSelector("#journey-map g[data-stage=FIRST_TEXT]")).getAttribute("data-state"))
                    .isEqualTo("done");
            assertThat(driver.findElement(By.cssSelector("#journey-map g[data-stage=CALL]")).getAttribute("data-state"))
                    .isEqualTo("ahead");
            noHorizontalScroll();
            shot("dashboard-texting");

            // a guide quote opens on tap (and by keyboard: it is a details element)
            WebElement firstDo = driver.findElement(By.cssSelector(".advice.do details summary"));
            firstDo.click();
            assertThat(driver.findElement(By.cssSelector(".advice.do details blockquote")).isDisplayed()).isTrue();

            driver.get(web.base() + "/journal");
            assertThat(driver.findElements(By.cssSelector("#journal-table tbody tr"))).hasSize(2);
            axe("journal");
            shot("journal");

            driver.get(web.base() + "/timeline");
            assertThat(driver.findElements(By.cssSelector("#timeline-chart circle.event"))).hasSize(2);
            assertThat(driver.findElements(By.cssSelector("#timeline-chart rect.cooling"))).hasSize(1);
            noHorizontalScroll();
            axe("timeline");
            shot("timeline");

            driver.get(web.base() + "/draft");
            WebElement box = driver.findElement(By.id("draft-text"));
            box.sendKeys("I've realized how much I miss you");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> !d.findElements(By.cssSelector("#draft-result .verdict")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#draft-result .verdict")).getText()).contains("HOLD");
            assertThat(driver.findElement(By.cssSelector("#draft-mirror mark")).getText()).isEqualTo("miss you");
            assertThat(driver.findElement(By.id("draft-result")).getText()).contains("Too early to flirt at TEXTING");
            axe("draft");
            shot("draft");

            driver.get(web.base() + "/log");
            axe("log");
            shot("log");

            // by keyboard: the first Tab reaches the skip link, which leads into the content
            driver.get(web.base() + "/");
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to the content");

            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.get(web.base() + "/");
            shot("dashboard-desktop");
            driver.manage().window().setSize(new Dimension(390, 844));
        }
    }

    @Test
    void withoutDraftReviewTheBoxSaysSo(@TempDir Path dir) throws IOException {
        try (Served web = new Served(dir)) {
            web.startJourney();
            driver.get(web.server.url());
            driver.get(web.base() + "/draft");
            assertThat(driver.findElement(By.id("draft-unavailable")).getText()).contains("not installed");
            driver.findElement(By.id("draft-text")).sendKeys("hello there");
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("draft-result")).getText().contains("not installed"));
            assertThat(driver.findElements(By.cssSelector("#draft-result .verdict"))).isEmpty();
            shot("draft-not-installed");
        }
    }

    private void log(String kind, String at, String text) {
        driver.get(driver.getCurrentUrl().replaceAll("/(\\?.*)?$", "") .replaceAll("/[a-z]*$", "") + "/log");
        driver.findElement(By.cssSelector("#kind-" + kind + " > summary")).click();
        setValue(driver.findElement(By.id("at-" + kind)), at);
        if (text != null) {
            driver.findElement(By.id("text-" + kind)).sendKeys(text);
        }
        driver.findElement(By.cssSelector("#log-" + kind + " button[type=submit]")).click();
    }

    /** After a click that submits a form, the next page may not be there yet: wait for it, don't race it. */
    private static WebElement waitFor(By what) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(what));
    }

    private static String currentStage() {
        WebElement map = waitFor(By.id("journey-map"));
        String current = map.getAttribute("data-current");
        assertThat(driver.findElement(By.cssSelector("#journey-map g[data-stage=" + current + "]")).getAttribute("data-state"))
                .isEqualTo("current");
        assertThat(Stage.valueOf(current)).isNotNull();
        return current;
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static void noHorizontalScroll() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at " + driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    private static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }


    /** axe-core in the page: no serious or critical violation. */
    private static void axe(String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(AXE));
        Object raw = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e)}])); });");
        JsonNode violations = Served.JSON.readTree((String) raw);
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText() + " at "
                        + v.path("nodes").findValuesAsText("target"));
            }
        }
        assertThat(serious).as("axe-core on " + page).isEmpty();
    }

    @SuppressWarnings("unused")
    private static final Map<String, String> NONE = Map.of();
}
