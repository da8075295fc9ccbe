package org.rekindle.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import org.rekindle.app.InvalidInput;
import org.rekindle.app.journey.History;
import org.rekindle.app.journey.StartJourney;
import org.rekindle.app.log.LogEvent;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Stage;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyExists;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.NoJourney;
import org.rekindle.store.StoredEvent;
import org.rekindle.web.pages.DashboardPage;
import org.rekindle.web.pages.FormPages;
import org.rekindle.web.pages.Frame;
import org.rekindle.web.pages.Pages;
import org.rekindle.web.pages.PocketPages;
import org.rekindle.web.pages.TimelineChart;

/** The pages: each GET renders what a use case answers; each form post asks the same use case as the API. */
final class PageRoutes {

    private final UseCases use;
    private final JournalSource journals;
    private final Admission admission;
    private final Api api;
    private final Today today;
    private final boolean multiUser;
    private final Pages pages;

    PageRoutes(UseCases use, JournalSource journals, Admission admission, Api api, Today today, boolean multiUser,
               Pages pages) {
        this.pages = pages;
        this.use = use;
        this.journals = journals;
        this.admission = admission;
        this.api = api;
        this.today = today;
        this.multiUser = multiUser;
    }

    void dashboard(Context ctx) {
        try {
            JournalStore store = journals.journal(ctx);
            Status status = use.status.status(store, today.get());
            String flash = null;
            String warning = null;
            String logged = ctx.queryParam("logged");
            if (logged != null && logged.matches("\\d{1,9}")) {
                long version = Long.parseLong(logged);
                History h = use.history.history(store, today.get());
                for (StoredEvent s : h.stored()) {
                    if (s.version() == version) {
                        flash = "Logged: " + s.event().kind() + " on " + s.event().at() + ".";
                        warning = h.concern(s).map(c -> use.coaching.playbook().concern(c))
                                .map(a -> a.text() + " [" + a.guide() + "]").orElse(null);
                    }
                }
            } else if (ctx.queryParam("started") != null) {
                flash = "Your journey has started.";
            }
            html(ctx, 200, "Dashboard", "/", "dashboard.jte", DashboardPage.of(use.status.json().json(status), flash, warning));
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void setupPage(Context ctx) {
        html(ctx, 200, "Setup", "/setup", "setup.jte", FormPages.Setup.of(journeyExists(ctx), null, Map.of(), today.get()));
    }

    void setupPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        try {
            Integer cooling = null;
            String c = blankToNull(form.get("cooling_days"));
            if (c != null) {
                try {
                    cooling = Integer.valueOf(c.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInput.of("cooling_days", "must be a whole number, not '" + Bodies.clip(c) + "'",
                            "give the days of no contact");
                }
            }
            api.start(ctx, new StartJourney.Request(blankToNull(form.get("ex")),
                    Bodies.date(blankToNull(form.get("breakup")), "breakup"), blankToNull(form.get("ended_by")),
                    "true".equals(form.get("hurtful")), cooling));
            ctx.redirect("/?started", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput | JourneyExists | Problem e) {
            Problem p = Problems.of(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            html(ctx, p.status(), "Setup", "/setup", "setup.jte",
                    FormPages.Setup.of(journeyExists(ctx), p.detail(), new HashMap<>(form), today.get()));
        }
    }

    void logPage(Context ctx) {
        try {
            JourneyRecord r = journals.journal(ctx).journey().orElseThrow(NoJourney::new);
            html(ctx, 200, "Log", "/log", "log.jte", FormPages.Log.of(null, r.breakup(), today.get(), ctx.queryParam("kind")));
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void logPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        String kind = form.get("kind");
        try {
            Map<String, Object> fields = new HashMap<>();
            for (String f : EventSchema.fieldNames()) {
                fields.put(f, blankToNull(form.get(f)));
            }
            LogEvent.Logged logged = api.log(ctx, new LogEvent.Request(blankToNull(kind),
                    Bodies.date(blankToNull(form.get("at")), "at"), fields));
            ctx.redirect("/?logged=" + logged.stored().version(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput | Problem e) {
            Problem p = Problems.of(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            JourneyRecord r = journals.journal(ctx).journey().orElseThrow(NoJourney::new);
            html(ctx, p.status(), "Log", "/log", "log.jte", FormPages.Log.of(p.detail(), r.breakup(), today.get(), kind));
        }
    }

    void draftPage(Context ctx) {
        String current = null;
        try {
            current = use.status.status(journals.journal(ctx), today.get()).stage().name();
        } catch (NoJourney | InvalidInput e) {
            current = null; // no journey yet, or none begun by the day asked about: the page still reviews at a stage
        }
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::name).toList();
        html(ctx, 200, "Draft", "/draft", "draft.jte", new FormPages.Draft(use.review.installed(), current, stages));
    }

    void journalPage(Context ctx) {
        try {
            History h = use.history.history(journals.journal(ctx), today.get());
            html(ctx, 200, "Journal", "/journal", "journal.jte",
                    FormPages.Journal.of(h.journey().ex(), h.json(use.coaching.playbook()), today.get()));
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void timelinePage(Context ctx) {
        try {
            JournalStore store = journals.journal(ctx);
            Status status = use.status.status(store, today.get());
            History h = use.history.history(store, today.get());
            List<Map<String, Object>> events = h.json(use.coaching.playbook());
            LocalDate coolingEnd = new JourneyEngine(status.journey()).coolingOffEnds(status.state());
            TimelineChart chart = TimelineChart.of(events, h.journey().breakup(), today.get(), coolingEnd,
                    status.next().earliest());
            html(ctx, 200, "Timeline", "/timeline", "timeline.jte", FormPages.Timeline.of(chart, events, today.get()));
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void problemPage(Context ctx, Problem p) {
        if (p.status() == 401 && !multiUser) {
            // no navigation and no link back: every page would ask for the link again
            html(ctx, 401, new Frame("rekindle needs its link", "", ""), "needslink.jte",
                    new PocketPages.NeedsLink(ctx.queryParam("token") != null, "http://" + ctx.header("Host")));
            return;
        }
        String csrf = admission.hasSession(ctx) ? admission.csrfToken(ctx) : "";
        html(ctx, p.status(), new Frame(p.title(), "", csrf), "problem.jte", new FormPages.Refusal(p.status(), p.title(), p.detail()));
    }

    private boolean journeyExists(Context ctx) {
        try {
            return journals.journal(ctx).journey().isPresent();
        } catch (NoJourney e) {
            return false;
        }
    }

    private void html(Context ctx, int status, String title, String current, String template, Object model) {
        html(ctx, status, new Frame(title, current, admission.csrfToken(ctx)), template, model);
    }

    private void html(Context ctx, int status, Frame frame, String template, Object model) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(pages.render(template, frame, model));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
