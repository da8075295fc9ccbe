package org.rekindle.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.app.Workspace;
import org.rekindle.app.calendar.PlanCalendar;
import org.rekindle.store.JourneyRecord;

/**
 * The plan as a calendar feed a calendar app subscribes to. Calendar apps send no headers and no cookies, so
 * the feed's address carries its own key: separate from the app token, able to read this one feed and nothing
 * else, replaced or turned off from the app. A wrong or turned-off key is answered like an address that does
 * not exist (404), so a guess learns nothing.
 */
final class CalendarFeed {

    static final String PATH = "/calendar.ics";

    private final Journal journal;
    private final KeptSecret key;
    private final Clock clock;

    CalendarFeed(Journal journal, Clock clock) {
        this.journal = journal;
        this.key = new KeptSecret(journal.dataDir(), KeptSecret.CALENDAR_KEY);
        this.clock = clock;
    }

    /** {@code GET /calendar.ics?key=K[&titles=neutral]}: admitted by its key alone (see {@code WebServer}). */
    void feed(Context ctx) {
        String given = ctx.queryParam("key");
        Optional<String> kept = key.read();
        if (given == null || kept.isEmpty() || !MessageDigest.isEqual(kept.get().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new Problem(404, "Not found", "there is no calendar at this address");
        }
        PlanCalendar.Titles titles = "neutral".equals(ctx.queryParam("titles"))
                ? PlanCalendar.Titles.NEUTRAL : PlanCalendar.Titles.STEPS;
        String ics;
        try (Workspace w = journal.workspace(false)) {
            JourneyRecord r = journal.record(w);
            ics = PlanCalendar.write(PlanCalendar.feedOf(r), w.store.version(r.id()), clock.instant(),
                    PlanCalendar.entries(w.coach.plan(w.journey(r), w.store.journal(r.id()), w.today), w.coach.playbook()),
                    titles);
        } catch (Workspace.NoJourney e) {
            ics = PlanCalendar.write("none", 0, clock.instant(), List.of(), titles); // subscribed before starting
        }
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"rekindle-plan.ics\"")
                .result(ics);
    }

    /** {@code GET /api/calendar-feed}: the feed's addresses, or nulls when it is off. */
    void show(Context ctx) {
        Api.json(ctx, 200, addresses(ctx, key.read().orElse(null)));
    }

    /** {@code POST /api/calendar-feed}: a new key; the old address stops working. */
    void renew(Context ctx) {
        Api.json(ctx, 201, addresses(ctx, key.renew()));
    }

    /** {@code DELETE /api/calendar-feed}: the feed off; its address answers 404 from now on. */
    void revoke(Context ctx) {
        key.revoke();
        ctx.status(204);
    }

    /** Absolute, for a calendar app; the Host was checked to be this server's before anything ran. */
    static Map<String, Object> addresses(Context ctx, String feedKey) {
        Map<String, Object> json = new LinkedHashMap<>();
        String base = "http://" + ctx.header("Host") + PATH + "?key=";
        json.put("feed", feedKey == null ? null : base + feedKey);
        json.put("feed_neutral", feedKey == null ? null : base + feedKey + "&titles=neutral");
        return json;
    }
}
