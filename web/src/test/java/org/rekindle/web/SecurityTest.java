package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each refusal the security model promises, shown: no token, a wrong Host, no CSRF token; and what is allowed. */
class SecurityTest {

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

    private Served.Reply anonymous(String path) {
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path)).GET());
    }

    @Test
    void theServerListensOnLoopbackOnly() {
        assertThat(web.server.url()).startsWith("http://127.0.0.1:").endsWith("/?token=" + Served.TOKEN);
    }

    @Test
    void everythingButHealthzAndTheShellNeedsTheToken() {
        for (String path : new String[] {"/", "/api/status", "/api/events", "/api/plan", "/api/openapi.json", "/log",
                "/static/secrets.txt", "/nothing"}) {
            Served.Reply r = anonymous(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"rekindle\"");
        }
        assertThat(anonymous("/healthz").status()).isEqualTo(200);
        Served.Reply wrong = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/status"))
                .header("Authorization", "Bearer not-the-token-at-all").GET());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.type()).startsWith("application/problem+json");
        Served.Reply post = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"reply\"}")));
        assertThat(post.status()).isEqualTo(401);
        assertThat(web.get("/api/events").json()).isEmpty();
    }

    @Test
    void theLinkSetsAStrictHttpOnlyCookieAndDropsTheTokenFromTheAddress() {
        Served.Reply link = anonymous("/?token=" + Served.TOKEN);
        assertThat(link.status()).isEqualTo(303);
        assertThat(link.headers().firstValue("Location")).hasValue("/");
        String cookie = link.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        String session = cookie.substring(0, cookie.indexOf(';'));
        Served.Reply page = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/")).header("Cookie", session).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Where you stand with Sam");
        assertThat(anonymous("/?token=wrong-token-wrong-token").status()).isEqualTo(401);
        Served.Reply forged = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/status"))
                .header("Cookie", session.replaceAll(".$", "x")).GET());
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void aHostThatIsNotThisServerIsRefused() {
        int port = web.server.port();
        for (String host : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1.nip.io:" + port, "127.0.0.1:1"}) {
            String answer = web.raw("GET /api/status HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + Served.TOKEN + "\r\nConnection: close\r\n\r\n", null);
            assertThat(answer).as(host).startsWith("HTTP/1.1 421").contains("DNS rebinding");
        }
        String healthz = web.raw("GET /healthz HTTP/1.1\r\nHost: rebind.example\r\nConnection: close\r\n\r\n", null);
        assertThat(healthz).startsWith("HTTP/1.1 421");
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port}) {
            String ok = web.raw("GET /api/status HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + Served.TOKEN + "\r\nConnection: close\r\n\r\n", null);
            assertThat(ok).as(host).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aCookieRequestThatChangesSomethingNeedsTheCsrfToken() {
        Served.Reply link = anonymous("/?token=" + Served.TOKEN);
        String session = link.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String page = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/log")).header("Cookie", session).GET()).body();
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String csrf = m.group(1);

        Served.Reply noCsrfForm = form(session, "kind=reply&at=2026-11-20");
        assertThat(noCsrfForm.status()).isEqualTo(403);
        Served.Reply wrongCsrfForm = form(session, "kind=reply&at=2026-11-20&csrf=forged");
        assertThat(wrongCsrfForm.status()).isEqualTo(403);
        Served.Reply noCsrfApi = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/events"))
                .header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"reply\",\"at\":\"2026-11-20\"}")));
        assertThat(noCsrfApi.status()).isEqualTo(403);
        assertThat(noCsrfApi.type()).startsWith("application/problem+json");
        assertThat(web.get("/api/events").json()).isEmpty();

        Served.Reply withCsrf = form(session, "kind=text-sent&at=2026-11-20&csrf=" + csrf);
        assertThat(withCsrf.status()).isEqualTo(303);
        assertThat(withCsrf.headers().firstValue("Location").orElseThrow()).startsWith("/?logged=1");
        Served.Reply apiWithCsrf = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/events"))
                .header("Cookie", session).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"reply\",\"at\":\"2026-11-21\"}")));
        assertThat(apiWithCsrf.status()).isEqualTo(201);
        assertThat(web.get("/api/events").json()).hasSize(2);
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (Served.Reply r : new Served.Reply[] {web.get("/"), web.get("/api/status"), anonymous("/api/status"),
                anonymous("/healthz"), web.get("/static/app.js")}) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("http");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String page = web.get("/").body() + web.get("/log").body() + web.get("/draft").body() + web.get("/timeline").body();
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script>")
                .doesNotContain("style=\"").doesNotContain(" on" + "click=");
    }

    @Test
    void aTokenOfTheWrongShapeIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebServer.Options(dir, "127.0.0.1", 0, "short",
                java.time.Clock.systemUTC(), null, null)).hasMessageContaining("16 to 200 characters");
    }

    private Served.Reply form(String cookie, String body) {
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/log")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @SuppressWarnings("unused")
    private static final Map<String, String> NOTHING = Map.of();
}
