package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript on one person's server: it opened the link `serve` prints (so it holds the session
 * cookie), read the CSRF token a page carries, and asks for pages and posts forms as HTML.
 */
record SignedIn(Served web, String session, String csrf) {

    /** Opens the token link, then reads the CSRF token from {@code page}. */
    static SignedIn on(Served web, String page) {
        Served.Reply link = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/?token=" + Served.TOKEN)).GET());
        String session = link.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        SignedIn half = new SignedIn(web, session, null);
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(half.page(page).body());
        assertThat(m.find()).isTrue();
        return new SignedIn(web, session, m.group(1));
    }

    Served.Reply page(String path) {
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path)).header("Cookie", session)
                .header("Accept", "text/html").GET());
    }

    /** A form posted with the CSRF token first, then {@code fields} as name, value, name, value… */
    Served.Reply post(String path, String... fields) {
        StringBuilder body = new StringBuilder("csrf=" + csrf);
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path)).header("Cookie", session)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }
}
