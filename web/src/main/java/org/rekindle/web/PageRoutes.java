package org.rekindle.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.app.Coaching;
import org.rekindle.app.InvalidInput;
import org.rekindle.app.journey.History;
import org.rekindle.app.journey.StartJourney;
import org.rekindle.app.log.LogEvent;
import org.rekindle.app.review.ReviewDraft;
import org.rekindle.app.log.WriteJournalEntry;
import org.rekindle.app.journey.ShowPlan;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Retractions;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.MovingOnReason;
import org.rekindle.journey.Stage;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;
import org.rekindle.store.JourneyExists;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.NoJourney;
import org.rekindle.store.StoredEvent;
import org.rekindle.web.pages.CorrectionPages;
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
        html(ctx, 200, "Setup", "/settings", "setup.jte",
                FormPages.Setup.of(journeyExists(ctx), null, Map.of(), today.get(), multiUser));
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
            Problem p = Problems.onPage(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            html(ctx, p.status(), "Setup", "/settings", "setup.jte",
                    FormPages.Setup.of(journeyExists(ctx), p.detail(), new HashMap<>(form), today.get(), multiUser));
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
            LogEvent.Request request = new LogEvent.Request(blankToNull(kind),
                    Bodies.date(blankToNull(form.get("at")), "at"), fields);
            if (!"yes".equals(form.get("confirm"))) {
                Optional<CorrectionPages.ConfirmFinal> confirm = finalStep(ctx, request);
                if (confirm.isPresent()) { // only Confirm, which posts the same form again with confirm=yes, records it
                    html(ctx, 200, "Are you sure?", "/log", "confirm.jte", confirm.get());
                    return;
                }
            }
            LogEvent.Logged logged = api.log(ctx, request);
            ctx.redirect("/?logged=" + logged.stored().version(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput | Problem e) {
            Problem p = Problems.onPage(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            JourneyRecord r = journals.journal(ctx).journey().orElseThrow(NoJourney::new);
            html(ctx, p.status(), "Log", "/log", "log.jte", FormPages.Log.of(p.detail(), r.breakup(), today.get(), kind));
        }
    }

    /**
     * The confirmation a final step asks for on the web (the API logs it at once, as the command line does): a
     * no-contact request, a declined appeal, moving on. Empty for any other entry, and for one the use case will
     * refuse anyway (a day out of range), so a refusal is never preceded by a confirmation.
     */
    private Optional<CorrectionPages.ConfirmFinal> finalStep(Context ctx, LogEvent.Request r) {
        JournalStore store = journals.journal(ctx);
        JournalEvent event;
        try {
            event = use.log.event(store, r, today.get());
        } catch (InvalidInput e) {
            return Optional.empty(); // logged as asked, the use case refuses it with its own words
        }
        EventSchema.EventType<?> type = EventSchema.of(event);
        JourneyRecord j = store.journey().orElseThrow(NoJourney::new);
        LocalDate day = event.at();
        if (!Retractions.isFinalNo(EventSchema.fact(event)) && !(event instanceof JournalEvent.MovedOn)) {
            return Optional.empty();
        }
        List<CorrectionPages.ConfirmFinal.Hidden> hidden = new java.util.ArrayList<>();
        hidden.add(new CorrectionPages.ConfirmFinal.Hidden("kind", type.name()));
        hidden.add(new CorrectionPages.ConfirmFinal.Hidden("at", day.toString()));
        StringBuilder what = new StringBuilder(type.title());
        for (org.rekindle.journey.EventField f : type.fields()) {
            Object v = r.fields().get(f.name());
            if (v != null) {
                hidden.add(new CorrectionPages.ConfirmFinal.Hidden(f.name(), v.toString()));
                int w = f.words().indexOf(v.toString());
                if (w >= 0 && w < f.answers().size()) {
                    what.append(": ").append(f.answers().get(w).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        org.rekindle.playbook.Advice ending = use.coaching.playbook().endings().get(switch (type.kind()) {
            case NO_CONTACT_REQUEST -> MovingOnReason.NO_CONTACT_REQUESTED;
            case MOVING_ON -> MovingOnReason.USER_CHOSE;
            default -> MovingOnReason.APPEAL_DECLINED;
        });
        return Optional.of(CorrectionPages.ConfirmFinal.of(type.name(), j.ex(), what.toString(), day.toString(),
                ending.text(), ending.guide().toString(), use.coaching.playbook().quote(ending), hidden));
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
            Problem p = Problems.onPage(e, multiUser);
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
            Problem p = Problems.onPage(e, multiUser);
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
            String flash = ctx.queryParam("wrote") != null ? "Kept in your journal." : null;
            String taken = ctx.queryParam("retracted");
            if (taken != null && taken.matches("\\d{1,18}")) {
                flash = takenBack(journals.journal(ctx), Long.parseLong(taken));
            }
            journalPage(ctx, 200, null, flash);
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void journalPage(Context ctx, int status, String error, String flash) {
        JournalStore store = journals.journal(ctx);
        History h = use.history.history(store, today.get());
        html(ctx, status, "Journal", "/journal", "journal.jte", PocketPages.JournalPage.of(h.journey().ex(),
                h.json(use.coaching.playbook()), today.get(), error, flash, retracted(store)));
    }

    /** The versions of the entries taken back, by the one rule the fold itself follows. */
    private static java.util.Set<Long> retracted(JournalStore store) {
        return Retractions.retracted(Coaching.journal(store.events())).keySet();
    }

    /** What the journal page says once an entry is taken back: which, and what that means (the guide's words). */
    private String takenBack(JournalStore store, long version) {
        for (StoredEvent s : store.events()) {
            if (s.version() == version) {
                org.rekindle.playbook.Advice meaning = use.coaching.coach().retractionMeaning(EventSchema.fact(s.event()));
                return "Taken back: " + kindTitle(s.event().kind()) + " (" + s.event().at() + "). " + meaning.text()
                        + " [" + meaning.guide() + "]";
            }
        }
        return null;
    }

    /** {@code GET /correct?version=N}: one entry of the history, and the form to take it back. */
    void correctPage(Context ctx) {
        String v = ctx.queryParam("version");
        if (v == null || !v.matches("\\d{1,18}")) {
            throw new Problem(404, "Not found", "there is no such entry: pick one in the journal and use its Take back");
        }
        try {
            correctPage(ctx, 200, Long.parseLong(v), "", null);
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void correctPage(Context ctx, int status, long version, String why, String error) {
        JournalStore store = journals.journal(ctx);
        History h = use.history.history(store, today.get());
        List<Map<String, Object>> events = h.json(use.coaching.playbook());
        java.util.Set<Long> retracted = retracted(store);
        PocketPages.JournalPage.Row row = null;
        StoredEvent target = null;
        for (int i = 0; i < events.size(); i++) {
            if (h.stored().get(i).version() == version) {
                target = h.stored().get(i);
                row = PocketPages.JournalPage.row(events.get(i), events, today.get(), retracted);
            }
        }
        if (target == null && error == null) {
            throw new Problem(404, "Not found", "there is no entry " + version
                    + " in your journal: pick one in the journal and use its Take back");
        }
        org.rekindle.playbook.Advice meaning = target == null ? null : use.coaching.coach().retractionMeaning(EventSchema.fact(target.event()));
        String kind = target == null ? "" : target.event().kind();
        String logAgain = kind.equals("journal") ? "/journal" : "/log?kind=" + kind + "#kind-" + kind;
        html(ctx, status, "Take back", "/journal", "correct.jte", new CorrectionPages.TakeBack(version, row,
                target != null && Retractions.isFinalNo(EventSchema.fact(target.event())), meaning == null ? "" : meaning.text(),
                meaning == null ? "" : meaning.guide().toString(), logAgain, why, error));
    }

    /**
     * {@code POST /correct}: the same use case as {@code rekindle log retract}. Its refusal by the retraction rule
     * ({@link Retractions}) is worded here for a person at a page.
     */
    void correctPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        String v = form.get("version");
        if (v == null || !v.matches("\\d{1,18}")) {
            throw new Problem(400, "Bad request", "version must be the number of an entry: pick one in the journal "
                    + "and use its Take back");
        }
        long version = Long.parseLong(v);
        String why = form.getOrDefault("why", "");
        try {
            org.rekindle.app.InputChecks.text("why", blankToNull(why), EventSchema.MAX_TEXT); // no NUL or the like
            use.retract.retract(journals.journal(ctx), new org.rekindle.app.log.RetractEntry.Request(version,
                    blankToNull(why)), today.get(), today.now());
            ctx.redirect("/journal?retracted=" + version, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput | Problem e) {
            Problem p = e instanceof org.rekindle.app.log.RetractEntry.Refused r
                    ? refusal(r.why(), r.version(), journals.journal(ctx)) : Problems.onPage(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            correctPage(ctx, p.status(), version, why, p.detail());
        }
    }

    private static Problem refusal(Retractions.Refusal refusal, long version, JournalStore store) {
        String what = store.events().stream().filter(s -> s.version() == version).findFirst()
                .map(s -> kindTitle(s.event().kind()) + " (" + s.event().at() + ")").orElse("entry " + version);
        return switch (refusal) {
            case NO_SUCH_ENTRY -> new Problem(404, "Not found", "there is no entry " + version
                    + " in your journal: pick one in the journal and use its Take back");
            case IS_A_RETRACTION -> new Problem(409, "Conflict", "this entry is itself a taking back, so it can't be "
                    + "taken back: log the entry again instead");
            case ALREADY_RETRACTED -> new Problem(409, "Conflict", what + " is already taken back: nothing more to do");
            case FINAL_NO_PAST_24_HOURS -> new Problem(409, "Conflict", what + " was logged more than 24 hours ago, so it "
                    + "can't be taken back: a no that stands is final [L19, L23]. Nothing was changed; if the journal "
                    + "is wrong about it, write what happened in a private entry");
        };
    }

    /** {@code GET /settings}: the journey's settings as a plain form; without a journey, the setup page. */
    void settingsPage(Context ctx) {
        String said = ctx.queryParam("saved") != null ? "Saved. The change is in your journal's history."
                : ctx.queryParam("unchanged") != null ? "Nothing was changed." : null;
        try {
            settingsPage(ctx, 200, null, null, said);
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void settingsPage(Context ctx, int status, Map<String, String> form, String error, String flash) {
        Status s = use.status.status(journals.journal(ctx), today.get());
        org.rekindle.journey.Journey j = s.journey();
        List<String> warnings = s.warnings().stream().map(a -> a.text() + " [" + a.cite() + "]").toList();
        html(ctx, status, "Settings", "/settings", "settings.jte", form == null
                ? new CorrectionPages.Settings(String.valueOf(j.waits().coolingDays()), j.endedBy().word(), j.hurtful(),
                        warnings, error, flash)
                : new CorrectionPages.Settings(form.getOrDefault("cooling_days", ""),
                        form.getOrDefault("ended_by", j.endedBy().word()), "true".equals(form.get("hurtful")), warnings,
                        error, flash));
    }

    /**
     * {@code POST /settings}: the same use case as {@code rekindle settings}. The form always holds every setting, so
     * only what differs from the journey now is asked for: the journal records a change, never a restatement.
     */
    void settingsPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        try {
            JournalStore store = journals.journal(ctx);
            org.rekindle.journey.Journey j = use.status.status(store, today.get()).journey();
            Integer cooling = null;
            String c = blankToNull(form.get("cooling_days"));
            if (c == null) {
                throw InvalidInput.of("cooling_days", "is empty", "give the days of no contact after the breakup, "
                        + "for example 30");
            }
            try {
                cooling = Integer.valueOf(c.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("cooling_days", "must be a whole number, not '" + Bodies.clip(c) + "'",
                        "give the days of no contact after the breakup, for example 30");
            }
            String endedBy = blankToNull(form.get("ended_by"));
            Boolean hurtful = "true".equals(form.get("hurtful"));
            var request = new org.rekindle.app.log.ChangeSettings.Request(
                    cooling == j.waits().coolingDays() ? null : cooling,
                    endedBy == null || endedBy.equals(j.endedBy().word()) ? null : endedBy,
                    hurtful == j.hurtful() ? null : hurtful);
            if (request.coolingDays() == null && request.endedBy() == null && request.hurtful() == null) {
                ctx.redirect("/settings?unchanged", io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            }
            use.settings.check(request, today.get());
            use.settings.change(store, request, today.get());
            ctx.redirect("/settings?saved", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput | Problem e) {
            Problem p = Problems.onPage(e, multiUser);
            if (p.status() >= 500) {
                throw e;
            }
            settingsPage(ctx, p.status(), form, p.detail(), null);
        }
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
            Problem p = Problems.onPage(e, multiUser);
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
        planPage(ctx, null);
    }

    /** {@code freshKey}: a feed key just made, shown this once when only its fingerprint is kept. */
    private void planPage(Context ctx, String freshKey) {
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
            Map<String, Object> feed = freshKey != null ? CalendarFeed.addresses(ctx, freshKey, true) : calendar.addresses(ctx);
            String said = ctx.queryParam("feed");
            String flash = "new".equals(said) ? "The calendar feed has a new address; any older one no longer opens."
                    : "off".equals(said) ? "The calendar feed is off; its address no longer opens." : null;
            html(ctx, 200, "Plan", "/plan", "plan.jte", new PocketPages.Plan(plan.status().asOf().toString(),
                    plan.status().guide().title(), steps, plan.status().ending().map(a -> a.text()).orElse(null),
                    (String) feed.get("feed"), (String) feed.get("feed_neutral"), flash, Boolean.TRUE.equals(feed.get("on")),
                    freshKey != null));
        } catch (NoJourney e) {
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** The feed on (a new key) or off, from the plan page's buttons. */
    void planCalendarPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        admission.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        String what = form.get("feed");
        if ("new".equals(what)) {
            String key = calendar.renewKey(ctx);
            if (!calendar.showsAgain(ctx)) {
                // only the key's fingerprint is kept: this answer is the one time its address can be shown
                planPage(ctx, key);
                return;
            }
        } else if ("off".equals(what)) {
            calendar.revokeKey(ctx);
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
        html(ctx, p.status(), new Frame(p.title(), "", csrf, multiUser), "problem.jte", new FormPages.Refusal(p.status(), p.title(), p.detail()));
    }

    private boolean journeyExists(Context ctx) {
        try {
            return journals.journal(ctx).journey().isPresent();
        } catch (NoJourney e) {
            return false;
        }
    }

    private void html(Context ctx, int status, String title, String current, String template, Object model) {
        html(ctx, status, new Frame(title, current, admission.csrfToken(ctx), multiUser), template, model);
    }

    private void html(Context ctx, int status, Frame frame, String template, Object model) {
        if (status >= 400) {
            ctx.attribute("rekindle.answered", Boolean.TRUE); // a page of ours: the catch-all 404 leaves it be
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(pages.render(template, frame, model));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
