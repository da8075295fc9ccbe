package org.rekindle.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The guide itself, line by line, so advice can quote the line it stands on. The source text
 * carries artifacts of the page it was copied from (a stray comma opening a line, a semicolon
 * closing one, "another.This", "like:“I", "fail again., While", a sentence cut at "say things
 * like:"); they are cleaned once, when the text is read, so every quote reads as prose.
 */
public final class GuideText {

    /** A sentence end glued to the next sentence or quotation: "another.This", "like:“I". */
    private static final Pattern GLUED = Pattern.compile("([.!?:])(?=[A-Z\u201c])");
    /** "again., While": a full stop followed by a stray comma. */
    private static final Pattern STRAY_COMMA = Pattern.compile("\\.,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private final List<String> lines;

    public GuideText(String text) {
        List<String> clean = new ArrayList<>();
        text.lines().forEach(l -> clean.add(clean(l)));
        this.lines = List.copyOf(clean);
    }

    /** One line of the source as quotes show it. */
    static String clean(String raw) {
        String line = raw.strip();
        if (line.startsWith(",")) {
            line = line.substring(1).strip();
        }
        if (line.endsWith(";")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        line = STRAY_COMMA.matcher(line).replaceAll(". ");
        line = GLUED.matcher(line).replaceAll("$1 ");
        line = SPACES.matcher(line).replaceAll(" ");
        if (line.endsWith(":")) {
            // "Say something like:" introduces examples on later lines: a quote of this line stops before it.
            int end = Math.max(line.lastIndexOf(". "), Math.max(line.lastIndexOf("! "), line.lastIndexOf("? ")));
            line = end < 0 ? line.substring(0, line.length() - 1) : line.substring(0, end + 1);
        }
        return line.strip();
    }

    public int lineCount() {
        return lines.size();
    }

    /** True when every cited line exists and at least one of them has words on it. */
    public boolean covers(Citation c) {
        if (c.to() > lines.size()) {
            return false;
        }
        return !quote(c).isBlank();
    }

    /** The cited lines, cleaned, joined by a space. */
    public String quote(Citation c) {
        StringBuilder out = new StringBuilder();
        for (int i = c.from(); i <= Math.min(c.to(), lines.size()); i++) {
            String line = lines.get(i - 1);
            if (!line.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
