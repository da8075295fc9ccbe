package org.rekindle.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import org.rekindle.app.journey.StartJourney;
import org.rekindle.app.log.LogEvent;
import org.rekindle.app.review.ReviewDraft;
import org.rekindle.journey.EventSchema;
import org.rekindle.status.Status;
import org.rekindle.store.JournalStore;

/**
 * The REST API: the same data, rules and JSON shapes as the command line's {@code --json},
 * because both ask the same use cases ({@link UseCases}) and render the same JSON. Handlers are
 * plain methods taking a Context; they parse the body and render the answer, nothing more.
 */
final class Api {

    static final Set<String> EVENT_FIELDS = eventFields();
    static final Set<String> JOURNEY_FIELDS = Set.of("ex", "breakup", "ended_by", "hurtful", "cooling_days");
    static final Set<String> CHECK_FIELDS = Set.of("text", "stage");
    /** Far more journals than one server holds in memory at once; past it, the cache starts afresh. */
    private static final int MAX_CACHED = 10_000;

    private static Set<String> eventFields() {
        Set<String> names = new java.util.HashSet<>(Set.of("kind", "at"));
        EventSchema.loggable().forEach(t -> t.fields().forEach(f -> names.add(f.name())));
        return Set.copyOf(names);
    }

    private final UseCases use;
    private final JournalSource journals;
    private final Today today;
    private final byte[] openApi;

    Api(UseCases use, JournalSource journals, Today today, byte[] openApi) {
        this.use = use;
        this.journals = journals;
        this.today = today;
        this.openApi = openApi;
    }

    /** A status answer, with what it was computed from: the journal's version and the day. */
    private record CachedStatus(long version, LocalDate day, byte[] body) {
    }

    /** The last status answer of each journal: never one journal's answer for another's request. */
    private final Map<Object, CachedStatus> statuses = new ConcurrentHashMap<>();

    /**
     * The status, recomputed only when the journal has grown or the day has changed: the journal is
     * append-only and the journey row never changes, so (version, day) decides the answer. A
     * dashboard polled often then costs one indexed query.
     */
    void status(Context ctx) {
        JournalStore store = journals.journal(ctx);
        Object key = journals.cacheKey(ctx);
        LocalDate day = today.get();
        long version = store.version();
        CachedStatus c = statuses.get(key);
        if (c == null || c.version() != version || !c.day().equals(day)) {
            Status status = use.status.status(store, day);
            c = new CachedStatus(version, day, bytes(use.status.json().json(status)));
            if (statuses.size() >= MAX_CACHED) {
                statuses.clear();
            }
            statuses.put(key, c);
        }
        ctx.status(200).contentType("application/json").result(c.body());
    }

    void plan(Context ctx) {
        json(ctx, 200, use.plan.plan(journals.journal(ctx), today.get()).json());
    }

    void events(Context ctx) {
        json(ctx, 200, use.history.history(journals.journal(ctx), today.get()).json(use.coaching.playbook()));
    }

    void logEvent(Context ctx) {
        ObjectNode body = Bodies.object(ctx, EVENT_FIELDS);
        Map<String, Object> fields = new HashMap<>();
        for (String f : EVENT_FIELDS) {
            if (!f.equals("kind") && !f.equals("at")) {
                fields.put(f, Bodies.string(body, f));
            }
        }
        LogEvent.Request request = new LogEvent.Request(Bodies.string(body, "kind"), Bodies.date(body, "at"), fields);
        json(ctx, 201, log(ctx, request).json());
    }

    /** Checks and appends one entry; the answer is what {@code rekindle log --json} prints. */
    LogEvent.Logged log(Context ctx, LogEvent.Request request) {
        use.log.checkKind(request);
        return use.log.log(journals.journal(ctx), request, today.get());
    }

    void startJourney(Context ctx) {
        ObjectNode body = Bodies.object(ctx, JOURNEY_FIELDS);
        StartJourney.Request request = new StartJourney.Request(Bodies.string(body, "ex"), Bodies.date(body, "breakup"),
                Bodies.string(body, "ended_by"), Bodies.bool(body, "hurtful"), Bodies.integer(body, "cooling_days"));
        json(ctx, 201, use.status.json().json(start(ctx, request)));
    }

    /** Checks and starts a journey; its status is what {@code rekindle init --json} prints. */
    Status start(Context ctx, StartJourney.Request request) {
        use.start.check(request, today.get()); // refused before the data folder is made
        return use.start.start(journals.forNewJourney(ctx), request, today.get());
    }

    void check(Context ctx) {
        ObjectNode body = Bodies.object(ctx, CHECK_FIELDS);
        ReviewDraft.Request request = new ReviewDraft.Request(Bodies.string(body, "text"), Bodies.string(body, "stage"));
        json(ctx, 200, review(ctx, request).json());
    }

    /** The review of a draft at the stage given, else at the journey's current stage. */
    ReviewDraft.Reviewed review(Context ctx, ReviewDraft.Request request) {
        boolean stageGiven = use.review.check(request) != null; // then no journal is opened
        return use.review.review(stageGiven ? null : journals.journal(ctx), request, today.get());
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType("application/json").result(openApi);
    }

    static void healthz(Context ctx) {
        ctx.status(200).contentType("application/json").result("{\"status\":\"ok\"}");
    }

    static byte[] bytes(Object value) {
        try {
            return Bodies.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(bytes(value));
    }

    static void problem(Context ctx, Problem p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        ctx.status(p.status()).contentType("application/problem+json").result(bytes(body));
    }

    /** The history as the journal page and timeline read it. */
    List<Map<String, Object>> historyJson(Context ctx) {
        return use.history.history(journals.journal(ctx), today.get()).json(use.coaching.playbook());
    }
}
