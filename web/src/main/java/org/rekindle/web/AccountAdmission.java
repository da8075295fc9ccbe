package org.rekindle.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;

/**
 * Who may come in on the multi-user server. A session is 32 random bytes in an HttpOnly,
 * SameSite=Strict cookie (Secure when served over TLS, directly or behind a proxy that says so);
 * the database keeps only its SHA-256, so every instance knows every session and logging out ends
 * it everywhere. A state-changing request also carries the session's CSRF token (a hash of the
 * session, which no other site can read). Sign-up and log-in, which have no session yet, refuse
 * a cross-site Origin instead.
 */
final class AccountAdmission implements Admission {

    static final String COOKIE = "rekindle_session";
    static final Duration LIFETIME = Duration.ofDays(14);
    private static final String ACCOUNT = "rekindle.account";
    private static final String TOKEN = "rekindle.sessionToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;

    AccountAdmission(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** Routes anyone may reach: the doors in, the assets, the health check. */
    static boolean isPublic(Context ctx) {
        String p = ctx.path();
        return p.equals("/healthz") || p.startsWith("/static/") || p.equals("/login") || p.equals("/signup")
                || p.equals("/sw.js") || p.equals("/manifest.webmanifest") || p.equals(CalendarFeed.PATH)
                || p.equals("/api/login") || p.equals("/api/signup") || p.equals("/api/openapi.json");
    }

    /** Runs first on every request: sets (or clears) whose request this is, then refuses what may not pass. */
    @Override
    public void admit(Context ctx) {
        boolean changes = ctx.method() == HandlerType.POST || ctx.method() == HandlerType.DELETE
                || ctx.method() == HandlerType.PUT || ctx.method() == HandlerType.PATCH;
        if (isPublic(ctx)) {
            if (changes) {
                sameOrigin(ctx);
            }
            return;
        }
        Optional<Account> account = account(ctx);
        if (account.isEmpty()) {
            if (ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/")) {
                ctx.header("Location", "/login");
                ctx.status(303);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new Problem(401, "Unauthorized", "log in first: POST /api/login with {\"email\", \"password\"}");
        }
        Visitor.set(ctx, new Visitor.Member(account.get()));
        if (changes && ctx.path().startsWith("/api/")) {
            requireCsrf(ctx, ctx.header(CSRF_HEADER)); // pages' forms carry it in the body instead
        }
    }

    /** The logged-in account of this request, looked up once. */
    Optional<Account> account(Context ctx) {
        Account known = ctx.attribute(ACCOUNT);
        if (known != null) {
            return Optional.of(known);
        }
        String token = ctx.cookie(COOKIE);
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Account> a = accounts.sessionAccount(hash(token));
        a.ifPresent(found -> {
            ctx.attribute(ACCOUNT, found);
            ctx.attribute(TOKEN, token);
        });
        return a;
    }

    /** Starts a session for {@code account}: a new random token, its hash stored, the cookie set. */
    void startSession(Context ctx, Account account) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        accounts.startSession(hash(token), account.id(), LIFETIME);
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; Max-Age=" + LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
        ctx.attribute(ACCOUNT, account);
        ctx.attribute(TOKEN, token);
        Visitor.set(ctx, new Visitor.Member(account));
    }

    /** Ends this request's session in the database (for every instance) and clears the cookie. */
    void endSession(Context ctx) {
        String token = ctx.attribute(TOKEN);
        if (token != null) {
            accounts.endSession(hash(token));
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
        ctx.attribute(ACCOUNT, null);
        ctx.attribute(TOKEN, null);
        ctx.attribute(Visitor.ATTRIBUTE, null);
    }

    // No Host check: behind a load balancer the Host is the public name, not ours; sessions, SameSite
    // and CSRF tokens protect the accounts instead (a rebinding page has no cookie to send).

    private String sessionOf(Context ctx) {
        return ctx.attribute(TOKEN); // set by admit or startSession: never a database call from here
    }

    @Override
    public boolean hasSession(Context ctx) {
        return sessionOf(ctx) != null;
    }

    @Override
    public String csrfToken(Context ctx) {
        String token = sessionOf(ctx);
        return token == null ? "" : hash("csrf|" + token);
    }

    @Override
    public void requireCsrf(Context ctx, String given) {
        String expected = csrfToken(ctx);
        if (expected.isEmpty() || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII))) {
            throw new Problem(403, "Forbidden", "the request has no valid CSRF token: reload the page, or send the "
                    + "'csrf' that log-in answered as the X-CSRF-Token header");
        }
    }

    /** The address a request came from: the proxy's word for it when the proxy is on this machine. */
    static String address(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded != null && (peer.startsWith("127.") || peer.equals("0:0:0:0:0:0:0:1") || peer.equals("::1"))) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() < 64) {
                return last;
            }
        }
        return peer;
    }

    private static void sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not a browser's cross-site request: those always say where they come from
        }
        String host = ctx.header("Host");
        try {
            URI o = new URI(origin);
            String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
            if (host != null && o.getHost() != null && (authority.equalsIgnoreCase(host) || o.getHost().equalsIgnoreCase(host))) {
                return;
            }
        } catch (Exception e) {
            // falls through to the refusal
        }
        throw new Problem(403, "Forbidden", "a sign-up or log-in from another site is refused");
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    static String hash(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
