package org.rekindle.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.rekindle.app.review.Reviewer;
import org.rekindle.store.Database;

/** The multi-user server in-process on a real PostgreSQL, and users who speak to it with their own cookies. */
final class MultiServed implements AutoCloseable {

    final Database db;
    final WebServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    MultiServed(String url) {
        Clock clock = Clock.fixed(Served.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        db = Database.postgres(url, Clock.systemUTC());
        server = WebServer.start(new WebServer.Options(Path.of("."), "127.0.0.1", 0, null, clock, null,
                Reviewer.NOT_INSTALLED), db);
    }

    static String email() {
        return "u-" + UUID.randomUUID() + "@example.org";
    }

    /** Someone using the server: their cookie and CSRF token once logged in. */
    final class User {
        final String email;
        final String password;
        String cookie = "";
        String csrf = "";

        User(String email, String password) {
            this.email = email;
            this.password = password;
        }

        Served.Reply signUp() {
            return keep(send(json("/api/signup", Map.of("email", email, "password", password)).POST(body(
                    Map.of("email", email, "password", password)))));
        }

        Served.Reply logIn() {
            return keep(send(json("/api/login", null).POST(body(Map.of("email", email, "password", password)))));
        }

        private Served.Reply keep(Served.Reply r) {
            r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            if (r.status() < 300) {
                csrf = r.json().path("csrf").asText();
            }
            return r;
        }

        Served.Reply get(String path) {
            return send(request(path).GET());
        }

        Served.Reply post(String path, Map<String, ?> body) {
            return send(json(path, null).POST(body(body)));
        }

        Served.Reply postRaw(String path, String body) {
            return send(json(path, null).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        Served.Reply delete(String path, Map<String, ?> body) {
            return send(json(path, null).method("DELETE", body(body)));
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
            if (!cookie.isEmpty()) {
                b.header("Cookie", cookie);
            }
            if (!csrf.isEmpty()) {
                b.header("X-CSRF-Token", csrf);
            }
            return b;
        }

        private HttpRequest.Builder json(String path, Object unused) {
            return request(path).header("Content-Type", "application/json");
        }
    }

    User user() {
        return new User(email(), "correct horse battery");
    }

    User signedUp() {
        User u = user();
        Served.Reply r = u.signUp();
        if (r.status() != 201) {
            throw new AssertionError(r.body());
        }
        return u;
    }

    static HttpRequest.BodyPublisher body(Map<String, ?> body) {
        try {
            return HttpRequest.BodyPublishers.ofString(Served.JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    Served.Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Served.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
