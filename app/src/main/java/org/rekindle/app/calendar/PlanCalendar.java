package org.rekindle.app.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.Playbook;
import org.rekindle.playbook.StepGuide;
import org.rekindle.store.JourneyRecord;

/**
 * Writes the dated road ahead as an iCalendar document: one all-day entry per dated step, on the first day
 * the step is allowed.
 */
public final class PlanCalendar {

    /**
     * One dated step.
     *
     * @param key    what the step is, in a word that never changes for it ({@code send-first-text}); with its
     *               occurrence it makes the entry's UID
     * @param day    the first day the step is allowed
     * @param title  the step's name ("Send one short, friendly text")
     * @param reason why this day, as the entry's description ("Not before this day: 30 days after the breakup"),
 *               without names or notes
     */
    public record Entry(String key, LocalDate day, String title, String reason) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(title, "title");
        }
    }

    /** How entries are titled: by the step, or neutrally for a calendar others may see. */
    public enum Titles { STEPS, NEUTRAL }

    private static final String PRODUCT = "-//rekindle//plan//EN";

    private PlanCalendar() {
    }

    /**
     * The road ahead as entries, on the same days {@code plan --json} gives: a step's earliest day, or for a
     * wait (no earliest day) the last day of the wait.
     */
    public static List<Entry> entries(List<PlannedStep> road, Playbook playbook) {
        List<Entry> entries = new java.util.ArrayList<>();
        for (PlannedStep p : road) {
            StepGuide g = playbook.step(p.step());
            String key = p.step().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String title = g.action().endsWith(".") ? g.action().substring(0, g.action().length() - 1) : g.action();
            if (p.earliest() != null) {
                entries.add(new Entry(key, p.earliest(), title, "Not before this day, and only if every answer before it is yes: they set the pace, not the plan."));
            } else if (p.until() != null) {
                entries.add(new Entry(key, p.until(), title, "The last day of this wait."));
            }
        }
        return entries;
    }

    /**
     * The calendar's name for UIDs: from the journey's number and the moment it was started, so two journeys never
     * share a UID and a calendar keeps recognising this one's entries; hashed in {@link #uid}, so it says nothing.
     */
    public static String feedOf(JourneyRecord journey) {
        return "journey-" + journey.id() + "-" + journey.createdAt();
    }

    /** Opaque, so even a UID says nothing of the step; stable, so a calendar recognises the entry next time. */
    static String uid(String feed, String key, int occurrence) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((feed + "\n" + key + "\n" + occurrence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@rekindle";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JDK has no SHA-256", ex);
        }
    }

    /**
     * @param feed     an opaque, stable name for this journey's calendar (never the ex's name); it makes UIDs
     *                 unique across journeys
     * @param version  the journal's version: it becomes each entry's SEQUENCE, so a calendar that already holds
     *                 an entry takes the newer date when the journal has moved on
     * @param stamp    when the document is written (DTSTAMP)
     */
    public static String write(String feed, long version, Instant stamp, List<Entry> entries, Titles titles) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", titles == Titles.NEUTRAL ? "Plan" : "rekindle plan"));
        Map<String, Integer> seen = new HashMap<>();
        int number = 0;
        for (Entry e : entries) {
            number++;
            int occurrence = seen.merge(e.key(), 1, Integer::sum);
            String summary = titles == Titles.NEUTRAL ? "Plan: step " + number : "rekindle: " + e.title();
            VEvent event = new VEvent(e.day(), e.day().plusDays(1), summary)
                    .add(new Uid(uid(feed, e.key(), occurrence)))
                    .replace(new DtStamp(stamp))
                    .add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0, version))))
                    .add(ImmutableTransp.TRANSPARENT);
            if (titles == Titles.STEPS && e.reason() != null && !e.reason().isBlank()) {
                event.add(new Description(e.reason()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (ValidationException ex) {
            throw new IllegalStateException("the plan made an invalid calendar: " + ex.getMessage(), ex);
        }
        return out.toString();
    }
}
