package org.rekindle.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.app.calendar.PlanAsCalendar;
import org.rekindle.app.calendar.PlanCalendar;
import org.rekindle.app.serve.KeptSecret;
import org.rekindle.store.NoJourney;

/**
 * The plan as a calendar feed a calendar app subscribes to. Calendar apps send no headers and no cookies, so
 * the feed's address carries its own key: separate from the app token, able to read this one feed and nothing
 * else, replaced or turned off from the app. A wrong or turned-off key is answered like an address that does
 * not exist (404), so a guess learns nothing. One person's server keeps the key in the data folder.
 */
final class CalendarFeed {

    static final String PATH = "/calendar.ics";

    private final PlanAsCalendar calendar;
    private final JournalSource journals;
    private final Today today;
    private final KeptSecret key;

    CalendarFeed(UseCases use, JournalSource journals, Today today, Path dataDir) {
        this.calendar = new PlanAsCalendar(use.coaching);
        this.journals = journals;
        this.today = today;
        this.key = dataDir == null ? null : new KeptSecret(dataDir, KeptSecret.CALENDAR_KEY); // null: downloads only
    }

    /** {@code GET /calendar.ics?key=K[&titles=neutral]}: admitted by its key alone (see {@link TokenAdmission}). */
    void feed(Context ctx) {
        String given = ctx.queryParam("key");
        Optional<String> kept = key.read();
        if (given == null || kept.isEmpty() || !MessageDigest.isEqual(kept.get().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new Problem(404, "Not found", "there is no calendar at this address");
        }
        send(ctx, "neutral".equals(ctx.queryParam("titles")) ? PlanCalendar.Titles.NEUTRAL : PlanCalendar.Titles.STEPS);
    }

    /** {@code GET /plan.ics}: the same document to download, for whoever may see the plan. */
    void download(Context ctx) {
        send(ctx, "neutral".equals(ctx.queryParam("titles")) ? PlanCalendar.Titles.NEUTRAL : PlanCalendar.Titles.STEPS);
        ctx.header("Content-Disposition", "attachment; filename=\"rekindle-plan.ics\"");
    }

    private void send(Context ctx, PlanCalendar.Titles titles) {
        String ics;
        try {
            ics = calendar.calendar(journals.journal(ctx), today.get(), today.clock().instant(), titles);
        } catch (NoJourney e) {
            ics = PlanCalendar.write("none", 0, today.clock().instant(), List.of(), titles); // subscribed before starting
        }
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"rekindle-plan.ics\"")
                .result(ics);
    }

    /** The feed's addresses for the page, or nulls when it is off. */
    Map<String, Object> addresses(Context ctx) {
        return addresses(ctx, key.read().orElse(null));
    }

    /** {@code GET /api/calendar-feed}: the feed's addresses, or nulls when it is off. */
    void show(Context ctx) {
        Api.json(ctx, 200, addresses(ctx));
    }

    /** {@code POST /api/calendar-feed}: a new key; the old address stops working. */
    void renew(Context ctx) {
        Api.json(ctx, 201, addresses(ctx, renew()));
    }

    String renew() {
        return key.renew();
    }

    /** {@code DELETE /api/calendar-feed}: the feed off; its address answers 404 from now on. */
    void revoke(Context ctx) {
        revoke();
        ctx.status(204);
    }

    void revoke() {
        key.revoke();
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
