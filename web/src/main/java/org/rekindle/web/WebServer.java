package org.rekindle.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.store.NoSuchJourney;
import org.rekindle.store.PostgresDatabase;
import org.rekindle.store.StoreException;
import org.rekindle.store.StoreUnavailable;
import org.rekindle.web.draft.DraftChecker;
import org.rekindle.web.draft.DraftReviewNotInstalled;

/**
 * {@code rekindle serve}: the pages and the REST API on Javalin, bound to 127.0.0.1 unless told
 * otherwise. Every request passes the {@link Guard} first (Host, token, CSRF); every refusal is a
 * {@link Problem}, answered as problem+json on the API and as a short page elsewhere; nothing a
 * client sends is answered with a 500.
 */
public final class WebServer implements AutoCloseable {

    /** The API's routes, as {@code /api/openapi.json} documents them (a test holds the two together). */
    public static final List<String> API_ROUTES = List.of("GET /api/status", "GET /api/plan", "GET /api/events",
            "POST /api/events", "POST /api/journey", "POST /api/check", "GET /api/calendar-feed", "POST /api/calendar-feed",
            "DELETE /api/calendar-feed", "GET /api/openapi.json", "GET /healthz");

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private static final Map<String, String> STATIC = Map.ofEntries(Map.entry("app.css", "text/css; charset=utf-8"),
            Map.entry("app.js", "text/javascript; charset=utf-8"), Map.entry("icon.svg", "image/svg+xml"),
            Map.entry("offline.html", "text/html; charset=utf-8"), Map.entry("offline.js", "text/javascript; charset=utf-8"),
            Map.entry("icon-192.png", "image/png"), Map.entry("icon-512.png", "image/png"),
            Map.entry("icon-maskable-512.png", "image/png"), Map.entry("apple-touch-icon.png", "image/png"),
            Map.entry("sw.js", "text/javascript; charset=utf-8"),
            Map.entry("manifest.webmanifest", "application/manifest+json; charset=utf-8"));

    /**
     * What anyone who can reach the server may fetch without the token: the shell (styles, script, icons, the
     * offline page), which holds nothing of anyone's journal, so the page asking for the link is styled, a
     * browser can read the manifest (it never sends cookies for it) and the service worker can be installed.
     */
    static boolean isPublic(String path) {
        return path.equals("/sw.js") || path.equals("/manifest.webmanifest")
                || (path.startsWith("/static/") && STATIC.containsKey(path.substring("/static/".length())));
    }

    /**
     * How to serve: where the journal lives, where to listen, the token, the clock (and a fixed
     * {@code --as-of} day, or null for the clock's), and the draft checker ({@link DraftChecker#discover()}).
     */
    public record Options(Path dataDir, String host, int port, String token, Clock clock, LocalDate asOf,
                          DraftChecker draftChecker) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clock, "clock");
            token = token == null ? Guard.randomToken() : Guard.checkToken(token);
            draftChecker = draftChecker == null ? DraftChecker.discover() : draftChecker;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
            }
        }
    }

    private final Javalin app;
    private final Options options;

    private WebServer(Javalin app, Options options) {
        this.app = app;
        this.options = options;
    }

    /** Starts listening; port 0 picks a free one ({@link #port()} says which). */
    public static WebServer start(Options o) {
        return start(o, null);
    }

    /**
     * Starts listening; with a database, as the multi-user server: accounts, sessions in the database,
     * each request scoped to its account ({@link AccountGuard}, {@link AccountJournal}), no token.
     */
    public static WebServer start(Options o, PostgresDatabase db) {
        Journal journal = db == null ? new Journal(o.dataDir(), o.clock(), o.asOf())
                : new AccountJournal(db, o.clock(), o.asOf());
        AccountGuard accountGuard = db == null ? null : new AccountGuard(db.accounts(), o.host(), o.port());
        AccountRoutes accounts = db == null ? null
                : new AccountRoutes(db.accounts(), (AccountJournal) journal, accountGuard);
        byte[] openApi = resource("openapi.json");
        Map<String, byte[]> assets = new java.util.HashMap<>();
        STATIC.keySet().forEach(name -> assets.put(name, resource("static/" + name)));
        Api api = new Api(journal, o.draftChecker(), openApi);
        CalendarFeed calendar = db == null ? new CalendarFeed(journal, o.clock()) : null;
        // the guard needs the bound port for Host checks: with port 0 it is known only after start
        Guard[] guard = new Guard[1];
        PageRoutes[] pages = new PageRoutes[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Bodies.MAX_BODY;
            if (accounts == null) {
                config.routes.before(ctx -> admit(ctx, guard[0]));
            } else {
                config.routes.before(ctx -> {
                    headers(ctx);
                    accountGuard.admit(ctx);
                });
                config.routes.after(ctx -> AccountJournal.serving(null));
                config.routes.post("/api/signup", accounts::signup);
                config.routes.post("/api/login", accounts::login);
                config.routes.post("/api/logout", accounts::logout);
                config.routes.get("/api/account", accounts::me);
                config.routes.delete("/api/account", accounts::deleteAccount);
                config.routes.get("/api/export", accounts::export);
                config.routes.post("/api/import", accounts::importJournal);
                config.routes.get("/login", accounts::loginPage);
                config.routes.post("/login", accounts::loginPost);
                config.routes.get("/signup", accounts::signupPage);
                config.routes.post("/signup", accounts::signupPost);
                config.routes.get("/account", accounts::accountPage);
                config.routes.post("/logout", accounts::logoutPost);
                config.routes.post("/account/delete", accounts::deletePost);
            }
            config.routes.get("/healthz", Api::healthz);
            config.routes.get("/api/status", api::status);
            config.routes.get("/api/plan", api::plan);
            config.routes.get("/api/events", api::events);
            config.routes.post("/api/events", api::logEvent);
            config.routes.post("/api/journey", api::startJourney);
            config.routes.post("/api/check", api::check);
            config.routes.get("/api/openapi.json", api::openApi);
            if (calendar != null) {
                config.routes.get(CalendarFeed.PATH, calendar::feed);
                config.routes.get("/api/calendar-feed", calendar::show);
                config.routes.post("/api/calendar-feed", calendar::renew);
                config.routes.delete("/api/calendar-feed", calendar::revoke);
            }
            config.routes.get("/", ctx -> pages[0].dashboard(ctx));
            config.routes.get("/setup", ctx -> pages[0].setupPage(ctx));
            config.routes.post("/setup", ctx -> pages[0].setupPost(ctx));
            config.routes.get("/log", ctx -> pages[0].logPage(ctx));
            config.routes.post("/log", ctx -> pages[0].logPost(ctx));
            config.routes.get("/draft", ctx -> pages[0].draftPage(ctx));
            config.routes.get("/journal", ctx -> pages[0].journalPage(ctx));
            config.routes.get("/timeline", ctx -> pages[0].timelinePage(ctx));
            config.routes.get("/static/{name}", ctx -> asset(ctx, assets, ctx.pathParam("name")));
            // the service worker's scope is the folder it is served from: at the root, it covers every page
            config.routes.get("/sw.js", ctx -> asset(ctx, assets, "sw.js"));
            config.routes.get("/manifest.webmanifest", ctx -> asset(ctx, assets, "manifest.webmanifest"));
            config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, problem(e), pages[0]));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !isOurs(ctx)) {
                    fail(ctx, new Problem(404, "Not found", "there is nothing at " + ctx.method() + " "
                            + Bodies.clip(ctx.path()) + "; the API is listed at /api/openapi.json"), pages[0]);
                }
            });
            config.routes.error(405, ctx -> {
                if (!isOurs(ctx)) {
                    fail(ctx, new Problem(405, "Method not allowed", ctx.method() + " is not allowed on "
                            + Bodies.clip(ctx.path())), pages[0]);
                }
            });
        });
        try {
            app.start(o.host(), o.port());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + o.host() + ":" + o.port() + " ("
                    + rootMessage(e) + "): pick another --port or --host", e);
        }
        guard[0] = accountGuard != null ? accountGuard : new Guard(o.token(), o.host(), app.port());
        pages[0] = new PageRoutes(journal, api, guard[0], o.draftChecker());
        return new WebServer(app, o);
    }

    private static void asset(Context ctx, Map<String, byte[]> assets, String name) {
        byte[] body = assets.get(name);
        if (body == null) {
            throw new Problem(404, "Not found", "no such file: " + Bodies.clip(name));
        }
        ctx.header("Cache-Control", "no-cache").contentType(STATIC.get(name)).result(body);
    }

    public int port() {
        return app.port();
    }

    public String token() {
        return options.token();
    }

    /** The link to open: it carries the token once; the page then keeps a session cookie and drops it. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/?token=" + options.token();
    }

    public String baseUrl() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---------------------------------------------------------------- the guard at the door

    private static void admit(Context ctx, Guard guard) {
        headers(ctx);
        if (guard == null) {
            throw new Problem(503, "Starting", "rekindle is still starting; try again in a moment");
        }
        admitWithToken(ctx, guard);
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private static void admitWithToken(Context ctx, Guard guard) {
        guard.checkHost(ctx);
        if (ctx.path().equals("/healthz") || (ctx.method() == io.javalin.http.HandlerType.GET && isPublic(ctx.path()))) {
            return;
        }
        if (ctx.path().equals(CalendarFeed.PATH) && ctx.method() == io.javalin.http.HandlerType.GET) {
            return; // its own key admits it (CalendarFeed), and opens nothing else
        }
        String fromLink = ctx.queryParam("token");
        if (fromLink != null) {
            if (!guard.matchesToken(fromLink)) {
                unauthorized(ctx, "the token in the link is not this server's: open the link rekindle serve printed");
            }
            if (ctx.method() == io.javalin.http.HandlerType.GET) {
                guard.startSession(ctx); // then drop the token from the address bar and the history
                ctx.header("Location", ctx.path());
                ctx.status(303);
                ctx.skipRemainingHandlers();
                return;
            }
        }
        if (guard.authenticate(ctx) == Guard.Auth.NONE) {
            unauthorized(ctx, "this needs the token: open the link rekindle serve printed, "
                    + "or send 'Authorization: Bearer TOKEN'");
        }
        boolean changes = ctx.method() == io.javalin.http.HandlerType.POST
                || ctx.method() == io.javalin.http.HandlerType.DELETE;
        if (changes && ctx.path().startsWith("/api/")) {
            guard.requireCsrf(ctx, ctx.header(Guard.CSRF_HEADER)); // pages' forms carry it in the body instead
        }
        if (changes && ctx.req().getContentLengthLong() > Bodies.MAX_BODY) {
            throw Bodies.tooLarge();
        }
    }

    private static void unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"rekindle\"");
        throw new Problem(401, "Unauthorized", detail);
    }

    // ---------------------------------------------------------------- refusals and failures

    /** What an exception means to the person who sent the request. */
    static Problem problem(Exception e) {
        return switch (e) {
            case Problem p -> p;
            case Workspace.NoJourney n -> new Problem(404, "No journey",
                    "no journey yet in this data folder: start one on the setup page or with POST /api/journey");
            case UserError u -> Problem.badRequest(u.getMessage());
            case DraftReviewNotInstalled.Unavailable u -> new Problem(503, "Service unavailable", u.getMessage());
            case IllegalArgumentException i -> Problem.badRequest(i.getMessage());
            case DateTimeException d -> Problem.badRequest("a date is out of range: " + d.getMessage());
            case StoreUnavailable u -> new Problem(503, "Service unavailable", u.getMessage());
            case NoSuchJourney n -> new Problem(404, "Not found", "there is no such journey");
            case StoreException s when s.isUsersToFix() -> new Problem(409, "Conflict", s.getMessage());
            case StoreException s when s.getMessage().contains("busy") -> new Problem(503, "Busy", s.getMessage());
            case HttpResponseException h -> new Problem(h.getStatus(), Bodies.clip(h.getMessage()),
                    h.getStatus() == 413 ? Bodies.tooLarge().detail() : Bodies.clip(h.getMessage()));
            default -> {
                System.err.println("rekindle serve: unexpected error: " + e);
                e.printStackTrace();
                yield new Problem(500, "Internal error", "unexpected error: " + e.getClass().getSimpleName()
                        + "; the journal is unchanged unless the answer said otherwise");
            }
        };
    }

    private static void fail(Context ctx, Problem p, PageRoutes pages) {
        if (p.status() == 503) {
            ctx.header("Retry-After", "2");
        }
        if (p.status() == 413 || p.status() == 400) {
            ctx.header("Connection", "close"); // the rest of an oversized or broken body is not read
        }
        if (pages == null || isApi(ctx)) {
            Api.problem(ctx, p);
        } else {
            pages.problemPage(ctx, p);
        }
        ctx.attribute("rekindle.answered", Boolean.TRUE);
    }

    private static boolean isOurs(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute("rekindle.answered"));
    }

    private static boolean isApi(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || ctx.path().equals("/healthz")
                || accept == null || !accept.contains("text/html");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/rekindle/web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
