package org.rekindle.web.pages;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The journey over time as the template draws it (SVG): one lane each for texts, replies, calls,
 * meetings and everything else, a dot per event on its day, the cooling-off shaded, month ticks
 * along the bottom. Each dot has a title for hover; the page lists the same events for screen
 * readers and keyboards.
 */
public record TimelineChart(int width, int height, String title, String description, Cooling cooling,
                            List<Lane> lanes, int left, int right, int axisY, List<Tick> ticks, String todayX,
                            int top, List<Dot> dots) {

    /** The shaded cooling-off, or null when it has no width. */
    public record Cooling(String width, int height, String label, int labelX, int labelY) {
    }

    /** A lane and its label. */
    public record Lane(String name, int y) {
    }

    /** A month along the axis. */
    public record Tick(String x, String label) {
    }

    /** One event. */
    public record Dot(String lane, String kind, String x, int y, String at) {
    }

    static final List<String> LANES = List.of("Texts", "Replies", "Calls", "Meetings", "Other");
    private static final int LEFT = 78;
    private static final int WIDTH = 420;
    private static final int RIGHT = 16;
    private static final int LANE = 34;
    private static final int TOP = 16;

    static String lane(String kind) {
        return switch (kind) {
            case "text-sent" -> "Texts";
            case "reply" -> "Replies";
            case "call" -> "Calls";
            case "meeting" -> "Meetings";
            default -> "Other";
        };
    }

    /**
     * @param events      the journal as {@code GET /api/events} gives it (private entries are left out)
     * @param coolingEnd  the day the cooling-off ended or ends: shaded from the breakup to it
     */
    public static TimelineChart of(List<Map<String, Object>> events, LocalDate breakup, LocalDate asOf, LocalDate coolingEnd) {
        LocalDate end = asOf;
        for (Map<String, Object> e : events) {
            LocalDate d = LocalDate.parse((String) e.get("at"));
            if (d.isAfter(end)) {
                end = d;
            }
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(breakup, end));
        int plotW = WIDTH - LEFT - RIGHT;
        int height = TOP + LANES.size() * LANE + 40;
        int axisY = TOP + LANES.size() * LANE;
        Map<String, Integer> counts = new LinkedHashMap<>();
        LANES.forEach(l -> counts.put(l, 0));

        LocalDate coolTo = coolingEnd.isAfter(end) ? end : coolingEnd;
        double coolW = x(ChronoUnit.DAYS.between(breakup, coolTo), span, plotW) - LEFT;
        Cooling cooling = coolW <= 0 ? null : new Cooling(fmt(coolW), LANES.size() * LANE,
                "Cooling-off: " + breakup + " to " + coolingEnd, LEFT + 4, TOP + LANES.size() * LANE - 6);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < LANES.size(); i++) {
            lanes.add(new Lane(LANES.get(i), TOP + i * LANE + LANE / 2));
        }
        // month ticks, at most seven: the step is worked out from the span, so the loop runs a few
        // times whatever the dates (walking month by month over a span of years ±10^9 never ends)
        LocalDate first = breakup.withDayOfMonth(1).plusMonths(1);
        long total = first.isAfter(end) ? -1 : ChronoUnit.MONTHS.between(first, end.withDayOfMonth(1));
        long every = Math.max(1, (total + 6) / 6);
        List<Tick> ticks = new ArrayList<>();
        for (long i = 0; i <= total; i += every) {
            LocalDate m = first.plusMonths(i);
            ticks.add(new Tick(fmt(x(ChronoUnit.DAYS.between(breakup, m), span, plotW)),
                    m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + (m.getMonthValue() == 1 ? " " + m.getYear() : "")));
        }
        List<Dot> dots = new ArrayList<>();
        for (Map<String, Object> e : events) {
            String kind = (String) e.get("kind");
            if (kind.equals("journal")) {
                continue; // private reflections are not part of the contact timeline
            }
            String laneName = lane(kind);
            counts.merge(laneName, 1, Integer::sum);
            LocalDate d = LocalDate.parse((String) e.get("at"));
            dots.add(new Dot(laneName.toLowerCase(Locale.ROOT), kind, fmt(x(ChronoUnit.DAYS.between(breakup, d), span, plotW)),
                    TOP + LANES.indexOf(laneName) * LANE + LANE / 2, d.toString()));
        }
        StringBuilder desc = new StringBuilder("Cooling-off from ").append(breakup).append(" to ").append(coolingEnd).append(". ");
        counts.forEach((k, v) -> desc.append(k).append(": ").append(v).append(". "));
        return new TimelineChart(WIDTH, height, "Timeline from the breakup (" + breakup + ") to " + end,
                desc.toString().strip(), cooling, lanes, LEFT, WIDTH - RIGHT, axisY, ticks,
                fmt(x(ChronoUnit.DAYS.between(breakup, asOf), span, plotW)), TOP, dots);
    }

    public int tickY() {
        return axisY + 6;
    }

    public int tickLabelY() {
        return axisY + 22;
    }

    private static double x(long day, long span, int plotW) {
        return LEFT + (double) day / span * plotW;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
