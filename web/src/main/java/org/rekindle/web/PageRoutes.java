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
import org.rekindle.app.review.ReviewDraft;
import org.rekindle.app.log.WriteJournalEntry;
import org.rekindle.app.journey.ShowPlan;
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

    private final CalendarFeed calendar;

    PageRoutes(UseCases use, JournalSource journals, Admission admission, Api api, Today today, boolean multiUser,
               Pages pages, CalendarFeed calendar) {
        this.calendar = calendar;
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
                        flash = "Logged: " + kindTitle(s.event().kind()) + ", on " + s.event().at() + ".";
                        warning = h.concern(s).map(c -> use.coaching.playbook().concern(c))
                                .map(a -> a.text() + " [" + a.guide() + "]").orElse(null);
                    }
                }
            } else if (ctx.queryParam("started") != null) {
                flash = "Your journey has started.";
            }
            long resisted = store.events().stream().filter(e -> e.event().kind().equals("journal")).count();
            if (ctx.queryParam("resisted") != null) {
                flash = "Kept in your journal, not sent. Well done: that is " + resisted
                        + (resisted == 1 ? " time" : " times") + " you wrote instead of texting.";
            }
            html(ctx, 200, "Dashboard", "/", "dashboard.jte",
                    DashboardPage.of(use.status.json().json(status), flash, warning, resisted));
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
        html(ctx, 200, "Draft", "/draft", "draft.jte", new PocketPages.DraftPage(
                new FormPages.Draft(use.review.installed(), current, stages), null, "", "", null));
    }

    /** The draft box as a plain form: the review drawn on the server, so it works without JavaScript. */
    void draftPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        String text = form.getOrDefault("text", "");
        String stage = form.getOrDefault("stage", "");
        String current = null;
        try {
            current = use.status.status(journals.journal(ctx), today.get()).stage().name();
        } catch (NoJourney | InvalidInput e) {
            current = null;
        }
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::name).toList();
        PocketPages.Review review = null;
        String error = null;
        int code = 200;
        try {
            review = reviewOf(ctx, text, stage);
        } catch (InvalidInput | Problem e) {
            Problem p = Problems.of(e, multiUser);
            if (p.status() >= 500 && p.status() != 503) {
                throw e;
            }
            error = p.detail();
            code = p.status();
        }
        html(ctx, code, "Draft", "/draft", "draft.jte", new PocketPages.DraftPage(
                new FormPages.Draft(use.review.installed(), current, stages), review, text, stage, error));
    }

    /** {@code POST /draft/review}: only the review, for the script that makes the box live. */
    void draftReviewFragment(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        String fromHeader = ctx.header(Admission.CSRF_HEADER);
        admission.requireCsrf(ctx, fromHeader != null ? fromHeader : form.get(Admission.CSRF_FIELD));
        PocketPages.Review review;
        try {
            review = reviewOf(ctx, form.getOrDefault("text", ""), form.getOrDefault("stage", ""));
        } catch (InvalidInput | Problem e) {
            Problem p = Problems.of(e, multiUser);
            if (p.status() >= 500 && p.status() != 503) {
                throw e;
            }
            html(ctx, p.status(), new Frame("Review", "", ""), "fragmenterror.jte", p.detail());
            return;
        }
        html(ctx, 200, new Frame("Review", "", ""), "review.jte", review);
    }

    private PocketPages.Review reviewOf(Context ctx, String text, String stage) {
        if (!use.review.installed()) {
            return PocketPages.Review.unavailable(text, stage);
        }
        ReviewDraft.Reviewed r = api.review(ctx, new ReviewDraft.Request(text, stage.isBlank() ? null : stage));
        return PocketPages.Review.of(text, stage, r.json());
    }

    void journalPage(Context ctx) {
        try {
            journalPage(ctx, 200, null, ctx.queryParam("wrote") != null ? "Kept in your journal." : null);
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void journalPage(Context ctx, int status, String error, String flash) {
        History h = use.history.history(journals.journal(ctx), today.get());
        html(ctx, status, "Journal", "/journal", "journal.jte", PocketPages.JournalPage.of(h.journey().ex(),
                h.json(use.coaching.playbook()), today.get(), error, flash));
    }

    /** A private entry, from the journal page or the "I want to text them" page: the same use case as the CLI's. */
    void journalPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        boolean fromUrge = "urge".equals(form.get("from"));
        try {
            Integer mood = null;
            String m = blankToNull(form.get("mood"));
            if (m != null) {
                try {
                    mood = Integer.valueOf(m.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInput.of("mood", "must be a number from 1 to 5, not '" + Bodies.clip(m) + "'",
                            "pick one of the five, or none");
                }
            }
            use.journal.write(journals.journal(ctx), new WriteJournalEntry.Request(blankToNull(form.get("text")), mood, null),
                    today.get());
            ctx.redirect(fromUrge ? "/?resisted" : "/journal?wrote", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput | Problem e) {
            Problem p = Problems.of(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            if (fromUrge) {
                urgePage(ctx, p.status(), p.detail(), form.getOrDefault("text", ""));
            } else {
                journalPage(ctx, p.status(), p.detail(), null);
            }
        }
    }

    /** "I want to text them": a calming line from the guide for where they stand, and a quick private entry. */
    void urgePage(Context ctx) {
        try {
            urgePage(ctx, 200, null, "");
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    @SuppressWarnings("unchecked")
    private void urgePage(Context ctx, int code, String error, String text) {
        JournalStore store = journals.journal(ctx);
        Map<String, Object> s = use.status.json().json(use.status.status(store, today.get()));
        List<Map<String, Object>> avoid = (List<Map<String, Object>>) s.get("avoid");
        Map<String, Object> quotes = (Map<String, Object>) s.getOrDefault("quotes", Map.of());
        // the stage's first "avoid" is what the urge would break; without one, the stage's own summary
        Map<String, Object> line = avoid == null || avoid.isEmpty()
                ? Map.of("text", String.valueOf(s.get("summary")), "guide", String.valueOf(s.get("guide"))) : avoid.get(0);
        String guide = String.valueOf(line.get("guide"));
        Object quote = line.get("quote") != null ? line.get("quote") : quotes.get(guide);
        long resisted = store.events().stream().filter(e -> e.event().kind().equals("journal")).count();
        html(ctx, code, "I want to text them", "", "urge.jte", new PocketPages.Urge(String.valueOf(line.get("text")), guide,
                quote == null ? "" : quote.toString(), resisted, error, text, today.get()));
    }

    /** The road ahead, each step with its day and why that day, and the calendar. */
    void planPage(Context ctx) {
        try {
            ShowPlan.Plan plan = use.plan.plan(journals.journal(ctx), today.get());
            List<PocketPages.Plan.Step> steps = new java.util.ArrayList<>();
            for (org.rekindle.plan.PlannedStep p : plan.road()) {
                org.rekindle.playbook.StepGuide g = plan.playbook().step(p.step());
                String when = p.earliest() != null ? "From" : "Until";
                java.time.LocalDate day = p.earliest() != null ? p.earliest() : p.until();
                String reason = p.earliest() != null
                        ? "The earliest day for this, if every answer before it is yes."
                        : "The last day of this wait; a reply before it moves everything after it earlier.";
                steps.add(new PocketPages.Plan.Step(g.action(), when, day == null ? null : day.toString(), reason,
                        g.guide().toString(), g.contactsEx()));
            }
            Map<String, Object> feed = calendar == null ? null : calendar.addresses(ctx);
            String said = ctx.queryParam("feed");
            String flash = "new".equals(said) ? "The calendar feed has a new address; any older one no longer opens."
                    : "off".equals(said) ? "The calendar feed is off; its address no longer opens." : null;
            html(ctx, 200, "Plan", "/plan", "plan.jte", new PocketPages.Plan(plan.status().asOf().toString(),
                    plan.status().guide().title(), steps, plan.status().ending().map(a -> a.text()).orElse(null),
                    feed == null ? null : (String) feed.get("feed"), feed == null ? null : (String) feed.get("feed_neutral"),
                    flash, calendar != null));
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** The feed on (a new key) or off, from the plan page's buttons. */
    void planCalendarPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        if (calendar == null) {
            throw new Problem(404, "Not found", "the calendar feed is for one person's server");
        }
        String what = form.get("feed");
        if ("new".equals(what)) {
            calendar.renew();
        } else if ("off".equals(what)) {
            calendar.revoke();
        } else {
            throw new Problem(400, "Bad request", "feed must be 'new' or 'off'");
        }
        ctx.redirect("/plan?feed=" + what, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String kindTitle(String kind) {
        try {
            return org.rekindle.journey.EventSchema.named(kind).title();
        } catch (RuntimeException e) {
            return kind;
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
