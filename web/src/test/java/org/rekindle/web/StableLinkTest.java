package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rekindle.app.review.Reviewer;
import org.rekindle.app.serve.KeptSecret;

/**
 * The link stays: the token kept in the data folder, sessions that outlive a restart while the token stays,
 * a page that says how to get the link, and the shell (never the journal) open to anyone for the installed app.
 */
class StableLinkTest {

    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private WebServer start(int port, String token) {
        return WebServer.start(new WebServer.Options(dir, "127.0.0.1", port, token, Clock.systemUTC(), null,
                Reviewer.NOT_INSTALLED));
    }

    private static Served.Reply get(Served web, String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base() + path)).header("Accept", "text/html").GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return web.send(b);
    }

    @Test
    void aSessionOutlivesARestartWhileTheTokenStaysAndEndsWithANewToken() throws IOException {
        int port = freePort();
        String cookie;
        try (Served web = new Served(start(port, Served.TOKEN))) {
            web.startJourney();
            Served.Reply link = get(web, "/?token=" + Served.TOKEN, null);
            assertThat(link.status()).isEqualTo(303);
            String set = link.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(set).contains("Max-Age=34560000", "HttpOnly", "SameSite=Strict");
            cookie = set.substring(0, set.indexOf(';'));
            assertThat(get(web, "/", cookie).status()).isEqualTo(200);
        }
        try (Served again = new Served(start(port, Served.TOKEN))) {
            Served.Reply page = get(again, "/", cookie);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Where you stand with Sam");
        }
        try (Served rotated = new Served(start(port, KeptSecret.random()))) {
            assertThat(get(rotated, "/", cookie).status()).isEqualTo(401);
        }
    }

    @Test
    void withoutTheTokenAPageSaysHowToGetTheLinkAndLinksNowhere() {
        try (Served web = new Served(dir)) {
            web.startJourney();
            Served.Reply page = get(web, "/", null);
            assertThat(page.status()).isEqualTo(401);
            assertThat(page.type()).startsWith("text/html");
            assertThat(page.body()).contains("rekindle needs its link", "./rekindle serve", "rekindle is running at",
                    "/static/app.css", "name=\"token\"").doesNotContain("href=\"/\"", "<nav", "Sam", Served.TOKEN,
                    "Authorization");
            Served.Reply wrong = get(web, "/?token=not-the-token-at-all", null);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("That token is not this server", "--new-token");
            assertThat(wrong.headers().firstValue("Location")).isEmpty();
            // the pasted token goes the way of the link: in, then the address is cleaned
            Served.Reply pasted = get(web, "/?token=" + Served.TOKEN, null);
            assertThat(pasted.status()).isEqualTo(303);
        }
    }

    @Test
    void theShellIsOpenToAnyoneAndHoldsNothingOfTheJournal() throws IOException {
        try (Served web = new Served(dir)) {
            web.startJourney();
            Served.Reply sw = get(web, "/sw.js", null);
            assertThat(sw.status()).isEqualTo(200);
            assertThat(sw.type()).startsWith("text/javascript");
            assertThat(sw.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(sw.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
            Served.Reply manifest = get(web, "/manifest.webmanifest", null);
            assertThat(manifest.status()).isEqualTo(200);
            assertThat(manifest.type()).startsWith("application/manifest+json");
            JsonNode m = manifest.json();
            assertThat(m.path("start_url").asText()).isEqualTo("/");
            assertThat(m.path("display").asText()).isEqualTo("standalone");
            for (JsonNode icon : m.path("icons")) {
                Served.Reply i = get(web, icon.path("src").asText(), null);
                assertThat(i.status()).as(icon.toString()).isEqualTo(200);
                assertThat(i.type()).isEqualTo(icon.path("type").asText());
            }
            for (String path : new String[] {"/static/offline.html", "/static/offline.js", "/static/app.css", "/static/app.js"}) {
                Served.Reply r = get(web, path, null);
                assertThat(r.status()).as(path).isEqualTo(200);
                assertThat(r.body()).as(path).doesNotContain("2026-09-01", Served.TOKEN);
            }
            assertThat(get(web, "/static/nothing.js", null).status()).isEqualTo(401);
            assertThat(web.send(HttpRequest.newBuilder(URI.create(web.base() + "/sw.js"))
                    .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(401);
        }
    }

    @Test
    void theKeptTokenIsPrivateTheSameEachTimeAndReplacedOnRequest() throws IOException {
        KeptSecret kept = new KeptSecret(dir.resolve("new-folder"), KeptSecret.SERVE_TOKEN);
        String first = kept.readOrMake();
        assertThat(kept.readOrMake()).isEqualTo(first);
        assertThat(new KeptSecret(dir.resolve("new-folder"), KeptSecret.SERVE_TOKEN).read()).hasValue(first);
        assertThat(Files.getPosixFilePermissions(kept.file())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(kept.file().getParent())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        String second = kept.renew();
        assertThat(second).isNotEqualTo(first).matches("[A-Za-z0-9_-]{32}");
        assertThat(kept.read()).hasValue(second);
        Files.writeString(kept.file(), "x y");
        org.assertj.core.api.Assertions.assertThatThrownBy(kept::read)
                .hasMessageContaining("serve-token").hasMessageContaining("delete it");
    }
}
