package org.rekindle.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.javalin.http.Context;

/**
 * Who may come in on the single-user server, because the journal is intimate: the Host must be this server's address
 * (no DNS rebinding), every request but {@code /healthz} carries the token (a bearer header, or
 * the session cookie the {@code ?token=} link sets), and a state-changing request that rides on
 * the cookie also carries the CSRF token the pages embed. Sessions and CSRF tokens are MACs
 * under a key made fresh for each run: nothing is stored, and a restart signs everyone out.
 */
final class TokenAdmission implements Admission {

    /** How a request proved it may be answered. */
    enum Auth { NONE, BEARER, COOKIE }

    private static final Pattern TOKEN_FORM = Pattern.compile("[A-Za-z0-9._~-]{16,200}");
    private static final String AUTH_ATTRIBUTE = "rekindle.auth";

    private final byte[] token;
    private final byte[] key = new byte[32];
    private final Set<String> hosts;
    private final boolean anyIpLiteral;

    /** The port is the one each request arrived on: known per request, so nothing waits for the server to bind. */
    TokenAdmission(String token, String boundHost) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        new SecureRandom().nextBytes(key);
        String host = boundHost.toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
        this.anyIpLiteral = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        this.hosts = loopback ? Set.of("127.0.0.1", "localhost", "[::1]") : Set.of(bracket(host));
    }

    /** A token as the user may give it: URL-safe, at least 16 characters, since it travels in a link. */
    static String checkToken(String token) {
        if (token == null || !TOKEN_FORM.matcher(token).matches()) {
            throw new IllegalArgumentException("the token must be 16 to 200 characters of A-Z a-z 0-9 . _ ~ -");
        }
        return token;
    }

    static String randomToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public void admit(Context ctx) {
        checkHost(ctx);
        if (ctx.path().equals("/healthz")) {
            return;
        }
        String fromLink = ctx.queryParam("token");
        if (fromLink != null) {
            if (!matchesToken(fromLink)) {
                unauthorized(ctx, "the token in the link is not this server's: open the link rekindle serve printed");
            }
            if (ctx.method() == io.javalin.http.HandlerType.GET) {
                startSession(ctx); // then drop the token from the address bar and the history
                ctx.header("Location", WebServer.localPath(ctx.path()));
                ctx.status(303);
                ctx.skipRemainingHandlers();
                return;
            }
        }
        if (authenticate(ctx) == Auth.NONE) {
            unauthorized(ctx, "this needs the token: open the link rekindle serve printed, "
                    + "or send 'Authorization: Bearer TOKEN'");
        }
        Visitor.set(ctx, new Visitor.Owner());
        boolean changes = ctx.method() == io.javalin.http.HandlerType.POST;
        if (changes && ctx.path().startsWith("/api/")) {
            requireCsrf(ctx, ctx.header(CSRF_HEADER)); // pages' forms carry it in the body instead
        }
        if (changes && ctx.req().getContentLengthLong() > Bodies.MAX_BODY) {
            throw Bodies.tooLarge();
        }
    }

    private static void unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"rekindle\"");
        throw new Problem(401, "Unauthorized", detail);
    }

    /** Cookies ignore ports: two servers on one host must not share one. */
    private static String cookieName(Context ctx) {
        return "rekindle_session_" + ctx.req().getLocalPort();
    }

    @Override
    public boolean hasSession(Context ctx) {
        return sessionOf(ctx) != null;
    }

    /** The Host header names this server (by the bound address, or localhost when bound to loopback). */
    private void checkHost(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || header.isBlank()) {
            throw new Problem(421, "Misdirected request", "the request has no Host header; send it to this server's address");
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        String name;
        int p = -1;
        try {
            URI u = new URI("http://" + h + "/");
            name = u.getHost();
            p = u.getPort();
        } catch (Exception e) {
            name = null;
        }
        boolean ok = name != null && (p == -1 || p == ctx.req().getLocalPort())
                && (hosts.contains(bracket(name)) || (anyIpLiteral && isIpLiteral(name)));
        if (!ok) {
            throw new Problem(421, "Misdirected request", "Host '" + clip(header) + "' is not this server's address; "
                    + "open the link rekindle serve printed (pages reached through another name are refused, against DNS rebinding)");
        }
    }

    /** Who the request is: by its bearer header or its session cookie; NONE when neither holds. */
    private Auth authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matchesToken(authorization.substring(7).strip())) {
            ctx.attribute(AUTH_ATTRIBUTE, Auth.BEARER);
            return Auth.BEARER;
        }
        if (sessionOf(ctx) != null) {
            ctx.attribute(AUTH_ATTRIBUTE, Auth.COOKIE);
            return Auth.COOKIE;
        }
        return Auth.NONE;
    }

    static Auth auth(Context ctx) {
        Auth a = ctx.attribute(AUTH_ATTRIBUTE);
        return a == null ? Auth.NONE : a;
    }

    boolean matchesToken(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a session: a cookie only this run can have signed, HttpOnly and SameSite=Strict. */
    void startSession(Context ctx) {
        byte[] nonce = new byte[18];
        new SecureRandom().nextBytes(nonce);
        String id = b64(nonce);
        String value = id + "." + mac("session|" + id);
        ctx.header("Set-Cookie", cookieName(ctx) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.attribute("rekindle.session", id);
    }

    /** The session id of a valid cookie, or null. */
    String sessionOf(Context ctx) {
        String fresh = ctx.attribute("rekindle.session");
        if (fresh != null) {
            return fresh;
        }
        String value = ctx.cookie(cookieName(ctx));
        if (value == null) {
            return null;
        }
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String id = value.substring(0, dot);
        byte[] expected = mac("session|" + id).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII)) ? id : null;
    }

    /** The CSRF token the pages of this session embed; empty for a bearer request, which needs none. */
    @Override
    public String csrfToken(Context ctx) {
        String id = sessionOf(ctx);
        return id == null ? "" : mac("csrf|" + id);
    }

    /**
     * A state-changing request that rides on the cookie must show the CSRF token (header or form
     * field); a bearer request proves itself by its header, which no other site can make a browser send.
     */
    @Override
    public void requireCsrf(Context ctx, String given) {
        if (auth(ctx) == Auth.BEARER) {
            return;
        }
        String id = sessionOf(ctx);
        if (id == null || given == null
                || !MessageDigest.isEqual(mac("csrf|" + id).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII))) {
            throw new Problem(403, "Forbidden", "the request has no valid CSRF token: reload the page and try again");
        }
    }

    private String mac(String data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return b64(m.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String bracket(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean isIpLiteral(String name) {
        return name.startsWith("[") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
