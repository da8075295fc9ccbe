package org.rekindle.playbook;

import java.util.List;

/** The guide itself, line by line, so advice can quote the line it stands on. */
public final class GuideText {

    private final List<String> lines;

    public GuideText(String text) {
        this.lines = text.lines().toList();
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

    /** The cited lines, joined by a space, tidied of the stray separators the source text carries. */
    public String quote(Citation c) {
        StringBuilder out = new StringBuilder();
        for (int i = c.from(); i <= Math.min(c.to(), lines.size()); i++) {
            String line = lines.get(i - 1).strip();
            if (line.startsWith(",")) {
                line = line.substring(1).strip();
            }
            if (line.endsWith(";")) {
                line = line.substring(0, line.length() - 1);
            }
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
