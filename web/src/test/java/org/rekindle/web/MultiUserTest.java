package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rekindle.store.Account;

/** rekindle serve --db: accounts, sessions, the walls between accounts, and refusals, on a real PostgreSQL. */
class MultiUserTest {

    static MultiServed web;

    @BeforeAll
    static void start() {
        web = new MultiServed(TestPostgres.shared());
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static MultiServed.User withJourney(String ex) {
        MultiServed.User u = web.signedUp();
        assertThat(u.post("/api/journey", Map.of("ex", ex, "breakup", "2026-09-01")).status()).isEqualTo(201);
        assertThat(u.post("/api/events", Map.of("kind", "text-sent", "at", "2026-10-10", "text", ex + "'s secret")).status())
                .isEqualTo(201);
        return u;
    }

    @Test
    void signUpGivesAPrivateSessionCookieAndLogOutEndsItOnTheServer() {
        MultiServed.User u = web.user();
        Served.Reply r = u.signUp();
        assertThat(r.status()).isEqualTo(201);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("rekindle_session=").contains("HttpOnly", "SameSite=Strict", "Path=/")
                .doesNotContain("Secure");
        assertThat(u.cookie.length()).isGreaterThan("rekindle_session=".length() + 40);
        assertThat(u.get("/api/status").status()).isEqualTo(404); // no journey yet, but logged in
        assertThat(u.post("/api/journey", Map.of("ex", "Sam", "breakup", "2026-09-01")).status()).isEqualTo(201);
        assertThat(u.get("/api/status").json().path("ex").asText()).isEqualTo("Sam");
        String old = u.cookie;
        assertThat(u.post("/api/logout", Map.of()).status()).isEqualTo(204);
        u.cookie = old; // a copy of the cookie kept after logging out opens nothing
        assertThat(u.get("/api/status").status()).isEqualTo(401);
        assertThat(u.logIn().status()).isEqualTo(200);
        assertThat(u.get("/api/status").status()).isEqualTo(200);
    }

    @Test
    void theCookieIsSecureBehindATlsProxy() {
        MultiServed.User u = web.user();
        Served.Reply r = web.send(u.request("/api/signup").header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https")
                .POST(MultiServed.body(Map.of("email", u.email, "password", u.password))));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
    }

    @Test
    void noRouteLetsOneAccountReadChangeExportOrDeleteAnothersJourney() {
        MultiServed.User alice = withJourney("Alexandra");
        MultiServed.User bob = web.signedUp();
        String aliceExport = alice.get("/api/export").body();

        for (String path : List.of("/api/status", "/api/plan", "/api/events", "/api/export", "/api/events?journey=1",
                "/api/status?journey_id=1&account=" + alice.email)) {
            Served.Reply r = bob.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("Alexandra", "secret");
        }
        for (String page : List.of("/", "/journal", "/timeline", "/log", "/draft", "/account")) {
            Served.Reply r = bob.get(page);
            assertThat(r.body()).as(page).doesNotContain("Alexandra", "secret", alice.email);
        }
        // guessed ids and paths: nothing is addressed by id, and what is not yours is not found
        for (long id = 0; id < 50; id++) {
            assertThat(bob.get("/api/journeys/" + id).status()).isEqualTo(404);
            assertThat(bob.get("/api/events/" + id).status()).isEqualTo(404);
            assertThat(bob.delete("/api/account/" + id, Map.of("password", alice.password)).status()).isEqualTo(404);
        }
        assertThat(bob.post("/api/events", Map.of("kind", "reply", "at", "2026-10-11")).status()).isEqualTo(404);
        // a store is scoped to its account: Bob's sees no journey at all, and the web answers that as 404
        Account bobAccount = web.db.accounts().byEmail(bob.email).orElseThrow();
        assertThat(web.db.journal(bobAccount.id()).journey()).isEmpty();
        assertThat(WebServer.problem(new org.rekindle.store.NoJourney()).status()).isEqualTo(404);
        // Alice's CSRF token with Bob's cookie, Bob's with Alice's: refused
        String bobCsrf = bob.csrf;
        bob.csrf = alice.csrf;
        assertThat(bob.post("/api/journey", Map.of("ex", "X", "breakup", "2026-09-01")).status()).isEqualTo(403);
        bob.csrf = bobCsrf;
        // Alice's password does not delete Bob's account, nor Alice's from Bob's session
        assertThat(bob.delete("/api/account", Map.of("password", alice.password + "!")).status()).isEqualTo(403);
        assertThat(web.db.accounts().byEmail(alice.email)).isPresent();
        // Bob importing Alice's file gets his own copy; hers is unchanged
        assertThat(bob.postRaw("/api/import", aliceExport).status()).isEqualTo(201);
        assertThat(bob.post("/api/events", Map.of("kind", "reply", "at", "2026-10-11")).status()).isEqualTo(201);
        assertThat(alice.get("/api/export").body()).isEqualTo(aliceExport);
        assertThat(alice.get("/api/events").json()).hasSize(1);
        assertThat(bob.get("/api/events").json()).hasSize(2);
    }

    @Test
    void badInputIsAClearRefusalAndChangesNothing() {
        MultiServed.User u = withJourney("Sam");
        String before = u.get("/api/export").body();

        MultiServed.User again = web.new User(u.email.toUpperCase(), "another password entirely");
        Served.Reply dup = again.signUp();
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.detail()).contains("already exists");

        Served.Reply weak = web.new User(MultiServed.email(), "123456789").signUp();
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.type()).startsWith("application/problem+json");
        assertThat(weak.detail()).contains("at least 10");

        assertThat(web.new User("not-an-email", "long enough password").signUp().status()).isEqualTo(400);
        assertThat(u.postRaw("/api/signup", "{\"email\": 1}").status()).isEqualTo(400);

        Served.Reply malformed = u.postRaw("/api/import", "{\"format\": 1, \"journey\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("not valid JSON");
        Served.Reply newer = u.postRaw("/api/import", before.replace("\"format\" : 2", "\"format\" : 99"));
        assertThat(newer.status()).isEqualTo(400);
        assertThat(newer.detail()).contains("newer rekindle (format 99");
        Served.Reply full = u.postRaw("/api/import", before);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.detail()).contains("already has a journey");

        assertThat(u.get("/api/export").body()).isEqualTo(before);
    }

    @Test
    void anImportIntoAnEmptyAccountGivesBackTheSameFile() {
        MultiServed.User a = withJourney("Sam");
        assertThat(a.post("/api/events", Map.of("kind", "reply", "at", "2026-10-11")).status()).isEqualTo(201);
        String file = a.get("/api/export").body();
        MultiServed.User b = web.signedUp();
        Served.Reply r = b.postRaw("/api/import", file);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("imported").asInt()).isEqualTo(2);
        assertThat(b.get("/api/export").body()).isEqualTo(file);
    }

    @Test
    void loginIsLimitedPerAccountAndAddressAndPerAddressWithoutLockingTheOwnerOut() {
        MultiServed.User u = web.signedUp();
        String owners = "198.51.100." + (int) (Math.random() * 200);
        String strangers = "203.0.113." + (int) (Math.random() * 200);
        assertThat(loginFrom(owners, u.email, u.password).status()).isEqualTo(200);
        int limit = org.rekindle.store.LoginThrottle.Limits.DEFAULT.perAccountAndAddress();
        for (int i = 0; i < limit; i++) {
            assertThat(loginFrom(strangers, u.email, "not the password!").status()).isEqualTo(401);
        }
        Served.Reply limited = loginFrom(strangers, u.email, u.password); // that address waits, even with the password
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(loginFrom(owners, u.email, u.password).status()).as("the owner is not locked out").isEqualTo(200);
        assertThat(loginFrom(strangers, web.signedUp().email, "correct horse battery").status())
                .as("another account from the same address is not held up").isEqualTo(200);

        String address = "192.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < org.rekindle.store.LoginThrottle.Limits.DEFAULT.perAddress(); i++) {
            assertThat(loginFrom(address, MultiServed.email(), "whatever password").status()).isEqualTo(401);
        }
        assertThat(loginFrom(address, MultiServed.email(), "whatever password").status()).isEqualTo(429);
        assertThat(loginFrom(address + "1", MultiServed.email(), "whatever password").status()).isEqualTo(401);
    }

    @Test
    void fullWidthLettersInAnEmailNameTheSameAccount() {
        String plain = "alice-" + java.util.UUID.randomUUID() + "@example.org";
        String wide = "\uFF41" + plain.substring(1); // full-width a
        MultiServed.User a = web.new User(plain, "correct horse battery");
        assertThat(a.signUp().status()).isEqualTo(201);
        MultiServed.User b = web.new User(wide, "another good password");
        assertThat(b.signUp().status()).as("the same address in another form is taken").isEqualTo(409);
        assertThat(web.new User(wide, "correct horse battery").logIn().status()).isEqualTo(200);
    }

    private static Served.Reply loginFrom(String address, String email, String password) {
        return web.send(HttpRequest.newBuilder(java.net.URI.create(web.server.baseUrl() + "/api/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(MultiServed.body(Map.of("email", email, "password", password))));
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndRemovesEveryRow() {
        MultiServed.User u = withJourney("Sam");
        u.post("/api/events", Map.of("kind", "reply", "at", "2026-10-11"));
        long id = web.db.accounts().byEmail(u.email).orElseThrow().id();
        assertThat(u.delete("/api/account", Map.of("password", "wrong password here")).status()).isEqualTo(403);
        assertThat(web.db.accounts().rowsOf(id)).isGreaterThan(3);
        assertThat(u.delete("/api/account", Map.of()).status()).isEqualTo(403);
        assertThat(u.delete("/api/account", Map.of("password", u.password)).status()).isEqualTo(204);
        assertThat(web.db.accounts().rowsOf(id)).isZero();
        assertThat(u.get("/api/status").status()).isEqualTo(401);
        assertThat(u.logIn().status()).isEqualTo(401);
    }

    @Test
    void withoutASessionPagesGoToLogInAndTheApiSays401() {
        MultiServed.User nobody = web.user();
        Served.Reply page = nobody.get("/");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/login");
        assertThat(nobody.get("/login").body()).contains("<form method=\"post\" action=\"/login\"");
        assertThat(nobody.get("/api/status").status()).isEqualTo(401);
        assertThat(nobody.post("/api/events", Map.of("kind", "reply")).status()).isEqualTo(401);
        assertThat(nobody.get("/healthz").status()).isEqualTo(200);
        nobody.cookie = "rekindle_session=" + "A".repeat(43);
        assertThat(nobody.get("/api/status").status()).isEqualTo(401);
    }

    @Test
    void signUpAndLogInWorkAsPages() {
        String email = MultiServed.email();
        String form = "email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=correct+horse+battery";
        Served.Reply r = web.send(HttpRequest.newBuilder(java.net.URI.create(web.server.baseUrl() + "/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", web.server.baseUrl()).POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/setup");
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Served.Reply setup = web.send(HttpRequest.newBuilder(java.net.URI.create(web.server.baseUrl() + "/setup"))
                .header("Cookie", cookie).GET());
        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.body()).contains("Start your journey");
        Served.Reply crossSite = web.send(HttpRequest.newBuilder(java.net.URI.create(web.server.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(crossSite.status()).isEqualTo(403);
    }
}
