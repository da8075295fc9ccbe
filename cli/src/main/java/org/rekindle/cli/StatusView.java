package org.rekindle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rekindle.app.journey.StatusJson;
import org.rekindle.journey.Stage;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Citation;
import org.rekindle.playbook.Playbook;
import org.rekindle.status.Status;

/** How a status reads: as text for a person; as a map for {@code --json}, the shape the web API shares ({@link StatusJson}). */
final class StatusView {

    /** The road as the map draws it; SILENCE, DECLINED and MOVING_ON sit beside it. */
    static final List<Stage> MAIN_ROAD = StatusJson.MAIN_ROAD;

    private final Playbook playbook;

    StatusView(Playbook playbook) {
        this.playbook = playbook;
    }

    Map<String, Object> json(Status s) {
        return new StatusJson(playbook).json(s);
    }

    void text(Status s, PrintWriter out) {
        out.println(s.journey().ex() + " · day " + s.day() + " since the breakup · as of " + s.asOf());
        out.println();
        for (String line : wrap(mapLine(s), 78, "  ", "    ")) {
            out.println(line);
        }
        out.println();
        out.println(s.stage() + " · " + s.guide().title());
        out.println("  " + s.guide().summary());
        s.ending().ifPresent(e -> out.println("  " + e.text() + " [" + e.guide() + "]"));
        out.println();
        StringBuilder next = new StringBuilder("Next: ").append(s.step().action());
        if (s.next().earliest() != null) {
            next.append(s.next().earliest().equals(s.asOf()) ? " From today." : " From " + s.next().earliest() + ".");
        }
        if (s.next().until() != null) {
            next.append(s.stage() == Stage.AWAITING_REPLY ? " Waiting until " : " Until ").append(s.next().until()).append('.');
        }
        next.append(" [").append(s.step().guide()).append(s.step().houseRule() ? ", house rule" : "").append(']');
        for (String line : wrap(next.toString(), 78, "", "      ")) {
            out.println(line);
        }
        for (String line : wrap("“" + playbook.quote(s.step().guide()) + "”", 78, "      ", "       ")) {
            out.println(line);
        }
        out.println();
        out.println("Do");
        list(s.guide().dos(), out);
        out.println("Avoid");
        list(s.guide().avoids(), out);
        out.flush();
    }

    private void list(List<Advice> advice, PrintWriter out) {
        for (Advice a : advice) {
            String line = "• " + a.text() + " [" + a.guide() + (a.houseRule() ? ", house rule" : "") + "]";
            for (String l : wrap(line, 78, "  ", "    ")) {
                out.println(l);
            }
        }
    }

    private static Set<Stage> visited(Status s) {
        return StatusJson.visited(s);
    }

    private String mapLine(Status s) {
        Set<Stage> visited = visited(s);
        StringBuilder line = new StringBuilder();
        for (Stage stage : MAIN_ROAD) {
            if (!line.isEmpty()) {
                line.append(" → ");
            }
            String name = stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (stage == s.stage()) {
                line.append("[").append(stage.name().replace('_', ' ')).append("]");
            } else if (visited.contains(stage)) {
                line.append(name).append(" ✓");
            } else {
                line.append(name);
            }
        }
        switch (s.stage()) {
            case SILENCE -> line.append("   ↳ off the road: [SILENCE]");
            case DECLINED -> line.append("   ↳ off the road: [DECLINED]");
            case MOVING_ON -> line.append("   ↳ the journey has ended: [MOVING ON]");
            default -> { }
        }
        return line.toString();
    }

    String quote(Citation c) {
        return playbook.quote(c);
    }

    static String date(LocalDate d) {
        return StatusJson.date(d);
    }

    /** Greedy word wrap: the first line starts with {@code first}, the others with {@code indent}. */
    static List<String> wrap(String text, int width, String first, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                start = indent.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > start) {
            lines.add(line.toString());
        }
        return lines;
    }
}
