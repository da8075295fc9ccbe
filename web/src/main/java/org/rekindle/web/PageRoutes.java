package org.rekindle.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.app.History;
import org.rekindle.app.JourneyRequest;
import org.rekindle.app.LogEntry;
import org.rekindle.app.StatusJson;
import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.journey.Stage;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.StoredEvent;
import org.rekindle.web.draft.DraftChecker;
import org.rekindle.web.pages.Html;
import org.rekindle.web.pages.TimelineChart;
import org.rekindle.web.pages.Views;

/** The pages: each GET renders from the shared JSON shapes; each form post goes through the API's own checks. */
final class PageRoutes {

    private final Journal journal;
    private final Api api;
    private final Guard guard;
    private final DraftChecker checker;

    PageRoutes(Journal journal, Api api, Guard guard, DraftChecker checker) {
        this.journal = journal;
        this.api = api;
        this.guard = guard;
        this.checker = checker;
    }

    void dashboard(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = w.record();
            Status status = w.status(r);
            String flash = null;
            String warning = null;
            String logged = ctx.queryParam("logged");
            if (logged != null && logged.matches("\\d{1,9}")) {
                long version = Long.parseLong(logged);
                History h = History.of(w, r);
                for (StoredEvent s : h.stored()) {
                    if (s.version() == version) {
                        flash = "Logged: " + s.event().kind() + " on " + s.event().at() + ".";
                        warning = h.concern(s).map(c -> w.coach.playbook().concern(c))
                                .map(a -> a.text() + " [" + a.guide() + "]").orElse(null);
                    }
                }
            } else if (ctx.queryParam("started") != null) {
                flash = "Your journey has started.";
            }
            html(ctx, 200, "Dashboard", "/", Views.dashboard(new StatusJson(w.coach.playbook()).json(status), flash, warning));
        } catch (Workspace.NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void setupPage(Context ctx) {
        html(ctx, 200, "Setup", "/setup", Views.setup(guard.csrfToken(ctx), journeyExists(), null, Map.of(), journal.today()));
    }

    void setupPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        guard.requireCsrf(ctx, form.get(Guard.CSRF_FIELD));
        try {
            Integer cooling = null;
            String c = blankToNull(form.get("cooling_days"));
            if (c != null) {
                try {
                    cooling = Integer.valueOf(c.strip());
                } catch (NumberFormatException e) {
                    throw new UserError("days of no contact must be a whole number, not '" + Bodies.clip(c) + "'");
                }
            }
            api.start(new JourneyRequest(blankToNull(form.get("ex")), Bodies.date(blankToNull(form.get("breakup")), "breakup"),
                    blankToNull(form.get("ended_by")), "true".equals(form.get("hurtful")), cooling));
            ctx.redirect("/?started", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (UserError | Problem e) {
            int status = e instanceof Problem p ? p.status() : 400;
            if (status >= 500) {
                throw e;
            }
            html(ctx, status, "Setup", "/setup", Views.setup(guard.csrfToken(ctx), journeyExists(),
                    e.getMessage(), new HashMap<>(form), journal.today()));
        }
    }

    void logPage(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = w.record();
            html(ctx, 200, "Log", "/log", Views.log(guard.csrfToken(ctx), null, r.breakup(), w.today, ctx.queryParam("kind")));
        } catch (Workspace.NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    @SuppressWarnings("unchecked")
    void logPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        guard.requireCsrf(ctx, form.get(Guard.CSRF_FIELD));
        String kind = form.get("kind");
        try {
            LogEntry entry = new LogEntry(blankToNull(kind), Bodies.date(blankToNull(form.get("at")), "at"),
                    blankToNull(form.get("text")), blankToNull(form.get("meeting")), blankToNull(form.get("outcome")),
                    blankToNull(form.get("response")), blankToNull(form.get("note")));
            Map<String, Object> result = api.log(entry);
            Object version = ((Map<String, Object>) result.get("logged")).get("version");
            ctx.redirect("/?logged=" + version, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (UserError | Problem e) {
            int status = e instanceof Problem p ? p.status() : 400;
            if (status >= 500 || e instanceof Workspace.NoJourney) {
                throw e;
            }
            try (Workspace w = journal.workspace(false)) {
                JourneyRecord r = w.record();
                html(ctx, status, "Log", "/log", Views.log(guard.csrfToken(ctx), e.getMessage(), r.breakup(), w.today,
                        kind));
            }
        }
    }

    void draftPage(Context ctx) {
        String current = null;
        if (journeyExists()) {
            try (Workspace w = journal.workspace(false)) {
                current = w.status(w.record()).stage().name();
            } catch (UserError e) {
                current = null;
            }
        }
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::name).toList();
        html(ctx, 200, "Draft", "/draft", Views.draft(checker.installed(), current, stages));
    }

    void journalPage(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = w.record();
            List<Map<String, Object>> events = History.of(w, r).json(w.coach.playbook());
            html(ctx, 200, "Journal", "/journal", Views.journal(r.ex(), events, w.today));
        } catch (Workspace.NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void timelinePage(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = w.record();
            Status status = w.status(r);
            List<Map<String, Object>> events = History.of(w, r).json(w.coach.playbook());
            LocalDate coolingEnd = status.state().coolingFrom().plusDays(status.journey().waits().coolingDays());
            String svg = TimelineChart.svg(events, r.breakup(), w.today, coolingEnd, status.next().earliest());
            html(ctx, 200, "Timeline", "/timeline", Views.timeline(svg, events));
        } catch (Workspace.NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void problemPage(Context ctx, Problem p) {
        if (p.status() == 401 && !(guard instanceof AccountGuard)) {
            // no navigation and no link back: every page would ask for the link again
            ctx.status(401).contentType("text/html; charset=utf-8")
                    .result(Html.bare("rekindle needs its link", Views.needsLink(ctx.queryParam("token") != null)));
            return;
        }
        String csrf = Optional.ofNullable(guard.sessionOf(ctx)).map(id -> guard.csrfToken(ctx)).orElse("");
        html(ctx, p.status(), p.title(), "", Views.problem(p.status(), p.title(), p.detail()), csrf);
    }

    private boolean journeyExists() {
        try (Workspace w = journal.workspace(false)) {
            return w.store.journey().isPresent();
        } catch (Workspace.NoJourney e) {
            return false;
        }
    }

    private void html(Context ctx, int status, String title, String current, String main) {
        html(ctx, status, title, current, main, guard.csrfToken(ctx));
    }

    private static void html(Context ctx, int status, String title, String current, String main, String csrf) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(Html.page(title, current, csrf, main));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
