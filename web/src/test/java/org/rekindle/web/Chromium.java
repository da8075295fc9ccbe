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

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, nothing downloaded) for a test
 * class, with what the browser tests keep asking of it: a size, a colour scheme, axe-core, a screenshot.
 * Without Chromium or axe-core (npm ci in web/src/test/js) the test is skipped on a developer's machine and
 * fails under CI.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("rekindle.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("rekindle.chromedriver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of(System.getProperty("rekindle.axe", "src/test/js/node_modules/axe-core/axe.min.js"));
    static final Path SHOTS = Path.of(System.getProperty("rekindle.screenshots", "target/screenshots"));

    /** The two sizes every page is held to: a phone, and a laptop. */
    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() throws IOException {
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
        Path profile = Files.createTempDirectory("rekindle-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=390,844", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    /** Waits up to 20 s: long enough for a busy machine, short enough to fail a broken page. */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The element once it is on the page. */
    WebElement shown(By by) {
        return waiting().until(d -> d.findElements(by).isEmpty() ? null : d.findElement(by));
    }

    void size(Dimension d) {
        driver.manage().window().setSize(d);
        // the window's outer size includes no chrome in headless mode, but make the viewport exact anyway
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", d.getWidth(),
                "height", d.getHeight(), "deviceScaleFactor", 1, "mobile", d.getWidth() < 600));
    }

    /** {@code prefers-color-scheme} as the device would say it. */
    void scheme(String lightOrDark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", lightOrDark))));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void shot(String name) throws IOException {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** axe-core on the page as it stands: no violation at all, of any impact. */
    void axe(String page) throws IOException {
        js(Files.readString(AXE));
        Object raw = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e)}])); });");
        JsonNode violations = Served.JSON.readTree((String) raw);
        List<String> found = new ArrayList<>();
        for (JsonNode v : violations) {
            found.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText() + " at "
                    + v.path("nodes").findValuesAsText("target"));
        }
        assertThat(found).as("axe-core on " + page).isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
