package org.rekindle.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.javalin.Javalin;
import io.javalin.http.Context;

import org.rekindle.app.Coaching;
import org.rekindle.app.review.Reviewer;
import org.rekindle.store.Database;
import org.rekindle.web.pages.Pages;

/**
 * {@code rekindle serve}: the pages and the REST API on Javalin, bound to 127.0.0.1 unless told
 * otherwise. One set of routes, two ways in: every request passes the {@link Admission} first (the
 * token on loopback, or an account session) and reads the journal its {@link JournalSource} gives; every refusal is a
 * {@link Problem}, answered as problem+json on the API and as a short page elsewhere; nothing a
 * client sends is answered with a 500.
 */
public final class WebServer implements AutoCloseable {

    /** The API's routes, as {@code /api/openapi.json} documents them (a test holds the two together). */
    public static final List<String> API_ROUTES = List.of("GET /api/status", "GET /api/plan", "GET /api/events",
            "POST /api/events", "POST /api/retractions", "POST /api/settings", "POST /api/journey", "POST /api/check",
            "GET /api/calendar-feed", "POST /api/calendar-feed", "DELETE /api/calendar-feed", "GET /api/openapi.json",
            "GET /healthz");

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
     * How to serve: where the journal lives (for one person), where to listen, the token, the clock
     * (and a fixed {@code --as-of} day, or null for the clock's), and who reviews drafts.
     */
    public record Options(Path dataDir, String host, int port, String token, Clock clock, LocalDate asOf,
                          Reviewer reviewer) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clock, "clock");
            token = token == null ? TokenAdmission.randomToken() : TokenAdmission.checkToken(token);
            reviewer = reviewer == null ? Reviewer.bundled() : reviewer;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
            }
        }
    }

    private final Javalin app;
    private final Options options;
    private final AutoCloseable journals;

    private WebServer(Javalin app, Options options, AutoCloseable journals) {
        this.app = app;
        this.options = options;
        this.journals = journals;
    }

    /** One person's server on the data folder: the token from the link lets them in. Port 0 picks a free one. */
    public static WebServer start(Options o) {
        FolderJournals journals = new FolderJournals(o.dataDir(), o.clock());
        return start(o, new TokenAdmission(o.token(), o.host()), journals, new FolderFeedKeys(o.dataDir(), journals), null,
                journals);
    }

    /**
     * The multi-user server on a database: accounts, sessions in the database, each request scoped
     * to its account, no token. The database stays the caller's to close.
     */
    public static WebServer start(Options o, Database db) {
        return start(o, new AccountAdmission(db.accounts()), new AccountJournals(db), new AccountFeedKeys(db), db, () -> { });
    }

    private static WebServer start(Options o, Admission admission, JournalSource journals, FeedKeys feedKeys, Database db,
                                   AutoCloseable closing) {
        boolean multiUser = db != null;
        Today today = new Today(o.clock(), o.asOf());
        UseCases use = new UseCases(Coaching.bundled(), o.reviewer());
        Map<String, byte[]> assets = new java.util.HashMap<>();
        STATIC.keySet().forEach(name -> assets.put(name, resource("static/" + name)));
        Api api = new Api(use, journals, today, resource("openapi.json"));
        Pages rendering = new Pages();
        CalendarFeed calendar = new CalendarFeed(use, journals, today, feedKeys);
        PageRoutes pages = new PageRoutes(use, journals, admission, api, today, multiUser, rendering, calendar);
        AccountRoutes accounts = multiUser
                ? new AccountRoutes(use, db.accounts(), journals, (AccountAdmission) admission, rendering, today) : null;
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Bodies.MAX_BODY;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(rendering)));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.routes.before(ctx -> {
                headers(ctx);
                admission.admit(ctx);
            });
            if (accounts != null) {
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
            config.routes.post("/api/retractions", api::retract);
            config.routes.post("/api/settings", api::settings);
            config.routes.post("/api/journey", api::startJourney);
            config.routes.post("/api/check", api::check);
            config.routes.get("/api/openapi.json", api::openApi);
            config.routes.get(CalendarFeed.PATH, calendar::feed);
            config.routes.get("/api/calendar-feed", calendar::show);
            config.routes.post("/api/calendar-feed", calendar::renew);
            config.routes.delete("/api/calendar-feed", calendar::revoke);
            config.routes.get("/", pages::dashboard);
            config.routes.get("/setup", pages::setupPage);
            config.routes.post("/setup", pages::setupPost);
            config.routes.get("/log", pages::logPage);
            config.routes.post("/log", pages::logPost);
            config.routes.get("/draft", pages::draftPage);
            config.routes.post("/draft", pages::draftPost);
            config.routes.post("/draft/review", pages::draftReviewFragment);
            config.routes.get("/journal", pages::journalPage);
            config.routes.post("/journal", pages::journalPost);
            config.routes.get("/urge", pages::urgePage);
            config.routes.get("/plan", pages::planPage);
            config.routes.post("/plan/calendar", pages::planCalendarPost);
            config.routes.get("/plan.ics", calendar::download);
            config.routes.get("/timeline", pages::timelinePage);
            config.routes.get("/correct", pages::correctPage);
            config.routes.post("/correct", pages::correctPost);
            config.routes.get("/settings", pages::settingsPage);
            config.routes.post("/settings", pages::settingsPost);
            config.routes.get("/static/{name}", ctx -> asset(ctx, assets, ctx.pathParam("name")));
            // the service worker's scope is the folder it is served from: at the root, it covers every page
            config.routes.get("/sw.js", ctx -> asset(ctx, assets, "sw.js"));
            config.routes.get("/manifest.webmanifest", ctx -> asset(ctx, assets, "manifest.webmanifest"));
            config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, Problems.of(e, multiUser), pages));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !isOurs(ctx)) {
                    fail(ctx, new Problem(404, "Not found", "there is nothing at " + ctx.method() + " "
                            + Bodies.clip(ctx.path()) + "; the API is listed at /api/openapi.json"), pages);
                }
            });
            config.routes.error(405, ctx -> {
                if (!isOurs(ctx)) {
                    fail(ctx, new Problem(405, "Method not allowed", ctx.method() + " is not allowed on "
                            + Bodies.clip(ctx.path())), pages);
                }
            });
        });
        try {
            app.start(o.host(), o.port());
        } catch (RuntimeException e) {
            throw new CannotListen("cannot listen on " + o.host() + ":" + o.port() + " (" + rootMessage(e) + ")", e);
        }
        return new WebServer(app, o, closing);
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
        try {
            journals.close();
        } catch (Exception e) {
            // stopping anyway; the data folder's pool is all there is to let go
        }
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    /** What an exception means to the person who sent the request (see {@link Problems}). */
    static Problem problem(Exception e) {
        return Problems.of(e, false);
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

    /**
     * A path to redirect to on this server: "//evil.example/" (or "/\\evil.example") would be read by a
     * browser as another host, so any run of leading slashes and backslashes becomes one slash.
     */
    static String localPath(String path) {
        String p = path == null ? "" : path.replaceFirst("^[/\\\\]+", "");
        return "/" + p;
    }
}
