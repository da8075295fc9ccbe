package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller findings of issue 10: an open redirect, a lax Content-Type, Jetty's own pages without the CSP. */
class SmallHolesTest {

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

    private String head(String requestLineAndHeaders) {
        return web.raw(requestLineAndHeaders + "\r\nConnection: close\r\n\r\n", null);
    }

    @Test
    void theTokenLinkNeverRedirectsToAnotherHost() {
        for (String path : new String[] {"//evil.example/", "///evil.example/x", "/\\evil.example/", "//evil.example"}) {
            String answer = head("GET " + path + "?token=" + Served.TOKEN + " HTTP/1.1\r\nHost: 127.0.0.1:" + web.server.port());
            String location = answer.lines().filter(l -> l.toLowerCase().startsWith("location:")).findFirst().orElse(null);
            if (location == null) {
                assertThat(answer).as(path).startsWith("HTTP/1.1 400"); // Jetty refuses a backslash outright
                continue;
            }
            assertThat(location).as(path + "\n" + answer).startsWith("Location: /").doesNotStartWith("Location: //")
                    .doesNotContain("\\");
        }
    }

    @Test
    void onlyApplicationJsonIsJson() {
        for (String type : new String[] {"application/jsonfoo", "application/json-seq", "application/json; charset=latin1",
                "text/plain"}) {
            Served.Reply r = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/api/events"))
                    .header("Authorization", "Bearer " + Served.TOKEN).header("Content-Type", type)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"kind\":\"reply\",\"at\":\"2026-10-01\"}")));
            assertThat(r.status()).as(type).isEqualTo(415);
        }
        Served.Reply ok = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/api/events"))
                .header("Authorization", "Bearer " + Served.TOKEN).header("Content-Type", "application/json; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"kind\":\"reply\",\"at\":\"2026-10-01\"}")));
        assertThat(ok.status()).isEqualTo(201);
    }

    @Test
    void jettysOwnErrorPagesCarryTheCsp() {
        String[] broken = {
                "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x",
                "GET / HTTP/1.1",                                   // HTTP/1.1 without a Host
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1"};
        for (String request : broken) {
            String answer = head(request);
            assertThat(answer).as(request.substring(0, Math.min(60, request.length()))).startsWith("HTTP/1.1 4")
                    .contains("Content-Security-Policy: " + WebServer.CSP).doesNotContainIgnoringCase("Server: Jetty");
        }
        String withToken = head("GET /%zz?token=" + Served.TOKEN + " HTTP/1.1\r\nHost: 127.0.0.1");
        assertThat(withToken).as("the error page does not echo the link's token").startsWith("HTTP/1.1 400")
                .doesNotContain(Served.TOKEN);
    }
}
