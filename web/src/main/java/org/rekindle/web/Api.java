package org.rekindle.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import org.rekindle.app.Dialect;
import org.rekindle.app.History;
import org.rekindle.app.JourneyRequest;
import org.rekindle.app.LogEntry;
import org.rekindle.app.PlanJson;
import org.rekindle.app.StatusJson;
import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Stage;
import org.rekindle.plan.PlannedStep;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.web.draft.DraftChecker;

/**
 * The REST API: the same data, rules and JSON shapes as the command line's {@code --json}, because
 * both build them with {@code org.rekindle.app}. Handlers are plain methods taking a Context.
 */
final class Api {

    static final Set<String> EVENT_FIELDS = Set.of("kind", "at", "text", "meeting", "outcome", "response", "note");
    static final Set<String> JOURNEY_FIELDS = Set.of("ex", "breakup", "ended_by", "hurtful", "cooling_days");
    static final Set<String> CHECK_FIELDS = Set.of("text", "stage");
    /** Longest draft sent for review: a message, not a letter. */
    static final int MAX_DRAFT = 5_000;

    private final Journal journal;
    private final DraftChecker checker;
    private final byte[] openApi;

    Api(Journal journal, DraftChecker checker, byte[] openApi) {
        this.journal = journal;
        this.checker = checker;
        this.openApi = openApi;
    }

    /** The last status answer, with what it was computed from: the journal's version and the day. */
    private record CachedStatus(long journeyId, long version, LocalDate day, byte[] body) {
    }

    private volatile CachedStatus lastStatus;

    /**
     * The status, recomputed only when the journal has grown or the day has changed: the journal is
     * append-only and the journey row never changes, so (version, day) decides the answer. A
     * dashboard polled often then costs one indexed query.
     */
    void status(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = journal.record(w);
            long version = w.store.version(r.id());
            CachedStatus c = lastStatus;
            if (c == null || c.journeyId() != r.id() || c.version() != version || !c.day().equals(w.today)) {
                byte[] body = bytes(new StatusJson(w.coach.playbook()).json(w.status(r)));
                c = new CachedStatus(r.id(), version, w.today, body);
                lastStatus = c;
            }
            ctx.status(200).contentType("application/json").result(c.body());
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return Bodies.MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    void plan(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = w.record();
            Status status = w.status(r);
            List<PlannedStep> road = w.coach.plan(w.journey(r), Workspace.events(w.stored(r)), w.today);
            json(ctx, 200, PlanJson.json(status, road, w.coach.playbook(), w.today));
        }
    }

    void events(Context ctx) {
        try (Workspace w = journal.workspace(false)) {
            json(ctx, 200, History.of(w, w.record()).json(w.coach.playbook()));
        }
    }

    void logEvent(Context ctx) {
        ObjectNode body = Bodies.object(ctx, EVENT_FIELDS);
        LogEntry entry = new LogEntry(Bodies.string(body, "kind"), Bodies.date(body, "at"), Bodies.string(body, "text"),
                Bodies.string(body, "meeting"), Bodies.string(body, "outcome"), Bodies.string(body, "response"),
                Bodies.string(body, "note"));
        json(ctx, 201, log(entry));
    }

    /** Checks and appends one entry; the answer is what {@code rekindle log --json} prints. */
    Map<String, Object> log(LogEntry entry) {
        entry.checkedKind(Dialect.API);
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = w.record();
            w.requireStarted(r);
            JournalEvent event = entry.event(r, w.today, Dialect.API);
            long version = w.store.append(r.id(), event);
            return LogEntry.Logged.after(w, r, event, version).json(w.coach.playbook());
        }
    }

    void startJourney(Context ctx) {
        ObjectNode body = Bodies.object(ctx, JOURNEY_FIELDS);
        JourneyRequest request = new JourneyRequest(Bodies.string(body, "ex"), Bodies.date(body, "breakup"),
                Bodies.string(body, "ended_by"), Bodies.bool(body, "hurtful"), Bodies.integer(body, "cooling_days"));
        json(ctx, 201, start(request));
    }

    /** Checks and starts a journey; the answer is what {@code rekindle init --json} prints. */
    Map<String, Object> start(JourneyRequest request) {
        JourneyRequest.Checked c = request.check(Workspace.coach(), journal.today(), Dialect.API);
        try (Workspace w = journal.workspace(true)) {
            if (w.store.journey().isPresent()) {
                throw new Problem(409, "Conflict", AccountJournal.forAccount()
                        ? "this account already has a journey: see it with GET /api/status"
                        : "a journey already exists in this data folder: "
                        + "see it with GET /api/status, or serve another --data-dir for a new one");
            }
            JourneyRecord r = w.store.createJourney(c.ex(), c.breakup(), c.endedBy(), c.hurtful(), c.coolingDays());
            return new StatusJson(w.coach.playbook()).json(w.status(r));
        }
    }

    void check(Context ctx) {
        ObjectNode body = Bodies.object(ctx, CHECK_FIELDS);
        String text = Bodies.string(body, "text");
        String stageName = Bodies.string(body, "stage");
        json(ctx, 200, review(text, stageName));
    }

    /** The review of a draft at the stage given, else at the journey's current stage. */
    JsonNode review(String text, String stageName) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("'text' is required: the draft to review");
        }
        if (text.length() > MAX_DRAFT) {
            throw Problem.badRequest("the draft is " + text.length() + " characters long; keep it under " + MAX_DRAFT);
        }
        Stage stage;
        if (stageName != null) {
            try {
                stage = Stage.parse(stageName);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest(Bodies.clip(e.getMessage()));
            }
        } else {
            try (Workspace w = journal.workspace(false)) {
                stage = w.status(w.record()).stage();
            }
        }
        if (!checker.installed()) {
            checker.check(text, stage); // the placeholder refuses: 503
        }
        try {
            return checker.check(text, stage);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType("application/json").result(openApi);
    }

    static void healthz(Context ctx) {
        ctx.status(200).contentType("application/json").result("{\"status\":\"ok\"}");
    }

    static void json(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json").result(Bodies.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    static void problem(Context ctx, Problem p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        try {
            ctx.status(p.status()).contentType("application/problem+json").result(Bodies.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }
}
