package org.rekindle.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import org.rekindle.app.calendar.PlanAsCalendar;
import org.rekindle.app.calendar.PlanCalendar;
import org.rekindle.store.JournalStore;
import org.rekindle.store.NoJourney;

/**
 * The plan as a calendar feed a calendar app subscribes to. Calendar apps send no headers and no cookies, so
 * the feed's address carries its own key: separate from the app token or the account's session, able to read this
 * one feed and nothing else, replaced or turned off from the app. A wrong or turned-off key is answered like an
 * address that does not exist (404), so a guess learns nothing. Where the key is kept, and whose plan it opens, is
 * the {@link FeedKeys}' business: the data folder on one person's server, the account's row on the multi-user one.
 */
final class CalendarFeed {

    static final String PATH = "/calendar.ics";

    private final PlanAsCalendar calendar;
    private final JournalSource journals;
    private final Today today;
    private final FeedKeys keys;

    CalendarFeed(UseCases use, JournalSource journals, Today today, FeedKeys keys) {
        this.calendar = new PlanAsCalendar(use.coaching);
        this.journals = journals;
        this.today = today;
        this.keys = keys;
    }

    /** {@code GET /calendar.ics?key=K[&titles=neutral]}: admitted by its key alone (see the admissions). */
    void feed(Context ctx) {
        JournalStore journal = keys.opens(ctx, ctx.queryParam("key"))
                .orElseThrow(() -> new Problem(404, "Not found", "there is no calendar at this address"));
        send(ctx, journal, titles(ctx));
    }

    /** {@code GET /plan.ics}: the same document to download, for whoever may see the plan. */
    void download(Context ctx) {
        send(ctx, journals.journal(ctx), titles(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"rekindle-plan.ics\"");
    }

    private static PlanCalendar.Titles titles(Context ctx) {
        return "neutral".equals(ctx.queryParam("titles")) ? PlanCalendar.Titles.NEUTRAL : PlanCalendar.Titles.STEPS;
    }

    private void send(Context ctx, JournalStore journal, PlanCalendar.Titles titles) {
        String ics;
        try {
            ics = calendar.calendar(journal, today.get(), today.clock().instant(), titles);
        } catch (NoJourney e) {
            ics = PlanCalendar.write("none", 0, today.clock().instant(), List.of(), titles); // subscribed before starting
        }
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"rekindle-plan.ics\"")
                .result(ics);
    }

    /** Whether the visitor's feed is on. */
    boolean on(Context ctx) {
        return keys.on(ctx);
    }

    /** The feed's addresses for the page: nulls when it is off, or when only the key's fingerprint is kept. */
    Map<String, Object> addresses(Context ctx) {
        return addresses(ctx, keys.shown(ctx).orElse(null), keys.on(ctx));
    }

    /** {@code GET /api/calendar-feed}: the feed's addresses (or nulls), and whether it is on. */
    void show(Context ctx) {
        Api.json(ctx, 200, addresses(ctx));
    }

    /** {@code POST /api/calendar-feed}: a new key; the old address stops working. */
    void renew(Context ctx) {
        Api.json(ctx, 201, addresses(ctx, renewKey(ctx), true));
    }

    /** A new key for the visitor's feed, to be shown now: on the multi-user server it can't be shown again. */
    String renewKey(Context ctx) {
        return keys.renew(ctx);
    }

    /** Whether the visitor's key can be shown again later (kept itself, not only its fingerprint). */
    boolean showsAgain(Context ctx) {
        return keys.shown(ctx).isPresent();
    }

    /** {@code DELETE /api/calendar-feed}: the feed off; its address answers 404 from now on. */
    void revoke(Context ctx) {
        keys.revoke(ctx);
        ctx.status(204);
    }

    void revokeKey(Context ctx) {
        keys.revoke(ctx);
    }

    /**
     * Absolute, for a calendar app. One person's server checked the Host to be its own before anything ran; behind
     * a proxy that terminates TLS, the multi-user server's address starts with https.
     */
    static Map<String, Object> addresses(Context ctx, String feedKey, boolean on) {
        Map<String, Object> json = new LinkedHashMap<>();
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
                ? "https" : "http";
        String base = scheme + "://" + ctx.header("Host") + PATH + "?key=";
        json.put("feed", feedKey == null ? null : base + feedKey);
        json.put("feed_neutral", feedKey == null ? null : base + feedKey + "&titles=neutral");
        json.put("on", on);
        return json;
    }
}
