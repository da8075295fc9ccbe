package org.rekindle.web.pages;

import static org.rekindle.web.pages.Html.esc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey over time as SVG: one lane each for texts, replies, calls, meetings and everything
 * else, a dot per event on its day, the cooling-off shaded, month ticks along the bottom. Each dot
 * has a title for hover; the page lists the same events in a table for screen readers and keyboards.
 */
public final class TimelineChart {
    private TimelineChart() {
    }

    static final List<String> LANES = List.of("Texts", "Replies", "Calls", "Meetings", "Other");
    private static final int LEFT = 84;
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
    public static String svg(List<Map<String, Object>> events, LocalDate breakup, LocalDate asOf, LocalDate coolingEnd) {
        return svg(events, breakup, asOf, coolingEnd, null);
    }

    /**
     * @param next the day of the next step, or null: the chart reaches it, so the road ahead shows, and the whole
     *             cooling-off, not just the part behind
     */
    public static String svg(List<Map<String, Object>> events, LocalDate breakup, LocalDate asOf, LocalDate coolingEnd,
                             LocalDate next) {
        LocalDate end = asOf;
        for (Map<String, Object> e : events) {
            LocalDate d = LocalDate.parse((String) e.get("at"));
            if (d.isAfter(end)) {
                end = d;
            }
        }
        if (coolingEnd.isAfter(end)) {
            end = coolingEnd;
        }
        if (next != null && next.isAfter(end)) {
            end = next;
        }
        end = end.plusDays(Math.max(2, ChronoUnit.DAYS.between(breakup, end) / 20)); // room for the last dot
        long span = Math.max(1, ChronoUnit.DAYS.between(breakup, end));
        int plotW = WIDTH - LEFT - RIGHT;
        int height = TOP + LANES.size() * LANE + 40;
        Map<String, Integer> counts = new LinkedHashMap<>();
        LANES.forEach(l -> counts.put(l, 0));

        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" id=\"timeline-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"tl-title tl-desc\">");
        s.append("<title id=\"tl-title\">Timeline from the breakup (").append(breakup).append(") to ").append(end)
                .append("</title>");
        // cooling-off
        LocalDate coolTo = coolingEnd.isAfter(end) ? end : coolingEnd;
        double coolW = x(ChronoUnit.DAYS.between(breakup, coolTo), span, plotW) - LEFT;
        if (coolW > 0) {
            s.append("<rect class=\"cooling\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                    .append(fmt(coolW)).append("\" height=\"").append(LANES.size() * LANE).append("\"><title>Cooling-off: ")
                    .append(breakup).append(" to ").append(coolingEnd).append("</title></rect>");
            s.append("<text class=\"cooling-label\" x=\"").append(LEFT + 4).append("\" y=\"").append(TOP + LANES.size() * LANE - 6)
                    .append("\">cooling-off</text>");
        }
        // lanes
        for (int i = 0; i < LANES.size(); i++) {
            int cy = TOP + i * LANE + LANE / 2;
            s.append("<line class=\"lane\" x1=\"").append(LEFT).append("\" y1=\"").append(cy).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(cy).append("\"/>");
            s.append("<text class=\"lane-label\" x=\"").append(LEFT - 8).append("\" y=\"").append(cy + 5).append("\">")
                    .append(LANES.get(i)).append("</text>");
        }
        // month ticks, at most five labels; weeks when the chart spans less than about three months
        List<LocalDate> months = new ArrayList<>();
        boolean weeks = ChronoUnit.DAYS.between(breakup, end) < 80;
        for (LocalDate m = weeks ? breakup.plusWeeks(1) : breakup.withDayOfMonth(1).plusMonths(1); !m.isAfter(end);
             m = weeks ? m.plusWeeks(1) : m.plusMonths(1)) {
            months.add(m);
        }
        int every = Math.max(1, (months.size() + 4) / 5);
        int axisY = TOP + LANES.size() * LANE;
        s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(axisY).append("\"/>");
        for (int i = 0; i < months.size(); i += every) {
            LocalDate m = months.get(i);
            double mx = x(ChronoUnit.DAYS.between(breakup, m), span, plotW);
            s.append("<line class=\"tick\" x1=\"").append(fmt(mx)).append("\" y1=\"").append(axisY).append("\" x2=\"")
                    .append(fmt(mx)).append("\" y2=\"").append(axisY + 6).append("\"/>");
            s.append("<text class=\"tick-label\" x=\"").append(fmt(mx)).append("\" y=\"").append(axisY + 22).append("\">")
                    .append(weeks ? m.getDayOfMonth() + " " : "")
                    .append(m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH))
                    .append(!weeks && m.getMonthValue() == 1 ? " " + m.getYear() : "").append("</text>");
        }
        // today
        double tx = x(ChronoUnit.DAYS.between(breakup, asOf), span, plotW);
        s.append("<line class=\"today\" x1=\"").append(fmt(tx)).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(fmt(tx)).append("\" y2=\"").append(axisY).append("\"><title>").append(asOf).append("</title></line>");
        // the next step's day, ahead
        if (next != null && next.isAfter(asOf)) {
            double nx = x(ChronoUnit.DAYS.between(breakup, next), span, plotW);
            s.append("<line class=\"next-day\" x1=\"").append(fmt(nx)).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(fmt(nx)).append("\" y2=\"").append(axisY).append("\"><title>Next step from ").append(next)
                    .append("</title></line>");
        }
        // events
        for (Map<String, Object> e : events) {
            String kind = (String) e.get("kind");
            if (kind.equals("journal")) {
                continue; // private reflections are not part of the contact timeline
            }
            String laneName = lane(kind);
            counts.merge(laneName, 1, Integer::sum);
            LocalDate d = LocalDate.parse((String) e.get("at"));
            double ex = x(ChronoUnit.DAYS.between(breakup, d), span, plotW);
            int cy = TOP + LANES.indexOf(laneName) * LANE + LANE / 2;
            s.append("<circle class=\"event ").append(esc(laneName.toLowerCase(java.util.Locale.ROOT)))
                    .append("\" data-kind=\"").append(esc(kind)).append("\" cx=\"").append(fmt(ex)).append("\" cy=\"")
                    .append(cy).append("\" r=\"7\"><title>").append(esc(kind)).append(" on ").append(d)
                    .append("</title></circle>");
        }
        StringBuilder desc = new StringBuilder("Cooling-off from ").append(breakup).append(" to ").append(coolingEnd).append(". ");
        if (next != null && next.isAfter(asOf)) {
            desc.append("Next step from ").append(next).append(". ");
        }
        counts.forEach((k, v) -> desc.append(k).append(": ").append(v).append(". "));
        s.insert(s.indexOf("</title>") + "</title>".length(),
                "<desc id=\"tl-desc\">" + esc(desc.toString().strip()) + "</desc>");
        s.append("</svg>");
        return s.toString();
    }

    private static double x(long day, long span, int plotW) {
        return LEFT + (double) day / span * plotW;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
