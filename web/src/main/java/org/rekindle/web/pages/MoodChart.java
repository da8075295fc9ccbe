package org.rekindle.web.pages;

import static org.rekindle.web.pages.Html.esc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The moods of the private journal over time, drawn on the server as SVG like the timeline: one dot per entry
 * with a mood, joined in order, on a scale from 1 (low) to 5 (good), the first and last day on the axis. The
 * same points come back as sentences for the text equivalent, so nothing is said by the picture alone.
 */
public final class MoodChart {
    private MoodChart() {
    }

    /** One journal entry's mood on its day. */
    public record Point(LocalDate day, int mood) {
        public Point {
            if (mood < 1 || mood > 5) {
                throw new IllegalArgumentException("mood " + mood + " is out of range: 1 (low) to 5 (good)");
            }
        }
    }

    /** The picture, and the same in words (one line per entry, then a summary). */
    public record Drawn(String svg, List<String> lines, String summary) {
    }

    static final String[] WORDS = {"", "very low", "low", "so-so", "good", "very good"};

    // drawn 420 wide, shown about 340 wide on a phone: words at 15px stay above 12px there
    private static final int WIDTH = 420;
    private static final int LEFT = 92;
    private static final int RIGHT = 18;
    private static final int TOP = 14;
    private static final int ROW = 30;
    private static final int AXIS = TOP + 4 * ROW;

    public static String word(int mood) {
        return WORDS[mood];
    }

    /** Null when there is no mood to draw: the page then says so in words. */
    public static Drawn draw(List<Point> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        List<Point> points = new ArrayList<>(entries);
        points.sort(Comparator.comparing(Point::day));
        LocalDate first = points.get(0).day();
        LocalDate last = points.get(points.size() - 1).day();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int plotW = WIDTH - LEFT - RIGHT;
        List<String> lines = new ArrayList<>();
        int sum = 0;
        int low = 5;
        int high = 1;
        for (Point p : points) {
            lines.add(p.day() + ": " + p.mood() + " of 5 (" + word(p.mood()) + ")");
            sum += p.mood();
            low = Math.min(low, p.mood());
            high = Math.max(high, p.mood());
        }
        String average = String.format(Locale.ROOT, "%.1f", (double) sum / points.size());
        String summary = points.size() + (points.size() == 1 ? " entry" : " entries") + " with a mood from " + first
                + " to " + last + ": on average " + average + " of 5, lowest " + low + ", highest " + high
                + "; the last, on " + last + ", " + points.get(points.size() - 1).mood() + ".";

        StringBuilder s = new StringBuilder();
        int height = AXIS + 34;
        s.append("<svg class=\"mood-chart\" id=\"mood-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"mood-title mood-desc\">")
                .append("<title id=\"mood-title\">Mood from ").append(first).append(" to ").append(last).append("</title>")
                .append("<desc id=\"mood-desc\">").append(esc(summary)).append("</desc>");
        for (int mood = 1; mood <= 5; mood++) {
            int y = y(mood);
            s.append("<line class=\"mood-row\" x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(y).append("\"/>");
            s.append("<text class=\"mood-label\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + 5).append("\">")
                    .append(mood).append(mood == 1 ? " low" : mood == 5 ? " good" : "").append("</text>");
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Point p : points) {
            String x = fmt(LEFT + (double) ChronoUnit.DAYS.between(first, p.day()) / span * plotW);
            int y = y(p.mood());
            path.append(path.isEmpty() ? "M" : " L").append(x).append(' ').append(y);
            dots.append("<circle class=\"mood-dot\" cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"6\"><title>")
                    .append(p.day()).append(": ").append(p.mood()).append(" of 5</title></circle>");
        }
        if (points.size() > 1) {
            s.append("<path class=\"mood-line\" d=\"").append(path).append("\"/>");
        }
        s.append(dots);
        s.append("<text class=\"mood-day\" x=\"").append(LEFT).append("\" y=\"").append(AXIS + 26).append("\">")
                .append(first).append("</text>");
        if (!last.equals(first)) {
            s.append("<text class=\"mood-day end\" x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(AXIS + 26)
                    .append("\">").append(last).append("</text>");
        }
        s.append("</svg>");
        return new Drawn(s.toString(), List.copyOf(lines), summary);
    }

    private static int y(int mood) {
        return TOP + (5 - mood) * ROW;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
