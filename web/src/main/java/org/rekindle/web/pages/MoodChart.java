package org.rekindle.web.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The moods of the private journal over time, as the template draws it (SVG, like the timeline): one dot per
 * entry with a mood, joined in order, on a scale from 1 (low) to 5 (good), the first and last day on the axis.
 * The same points come as sentences ({@link #lines()}, {@link #summary()}) for the text equivalent, so
 * nothing is said by the picture alone.
 */
public record MoodChart(int width, int height, int left, int right, String title, String summary, List<Row> rows,
                        String path, List<Dot> dots, String first, String last, int dayY, List<String> lines) {

    /** One journal entry's mood on its day. */
    public record Point(LocalDate day, int mood) {
        public Point {
            if (mood < 1 || mood > 5) {
                throw new IllegalArgumentException("mood " + mood + " is out of range: 1 (low) to 5 (good)");
            }
        }
    }

    /** A mood's row: its line and its label. */
    public record Row(int y, String label) {
        public int labelY() {
            return y + 5;
        }
    }

    /** One entry. */
    public record Dot(String x, int y, String title) {
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
    public static MoodChart of(List<Point> entries) {
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
        StringBuilder path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (Point p : points) {
            lines.add(p.day() + ": " + p.mood() + " of 5 (" + word(p.mood()) + ")");
            sum += p.mood();
            low = Math.min(low, p.mood());
            high = Math.max(high, p.mood());
            String x = fmt(LEFT + (double) ChronoUnit.DAYS.between(first, p.day()) / span * plotW);
            path.append(path.isEmpty() ? "M" : " L").append(x).append(' ').append(y(p.mood()));
            dots.add(new Dot(x, y(p.mood()), p.day() + ": " + p.mood() + " of 5"));
        }
        String average = String.format(Locale.ROOT, "%.1f", (double) sum / points.size());
        String summary = points.size() + (points.size() == 1 ? " entry" : " entries") + " with a mood from " + first
                + " to " + last + ": on average " + average + " of 5, lowest " + low + ", highest " + high
                + "; the last, on " + last + ", " + points.get(points.size() - 1).mood() + ".";
        List<Row> rows = new ArrayList<>();
        for (int mood = 1; mood <= 5; mood++) {
            rows.add(new Row(y(mood), mood + (mood == 1 ? " low" : mood == 5 ? " good" : "")));
        }
        return new MoodChart(WIDTH, AXIS + 34, LEFT, WIDTH - RIGHT, "Mood from " + first + " to " + last, summary, rows,
                points.size() > 1 ? path.toString() : null, dots, first.toString(),
                last.equals(first) ? null : last.toString(), AXIS + 26, List.copyOf(lines));
    }

    private static int y(int mood) {
        return TOP + (5 - mood) * ROW;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
