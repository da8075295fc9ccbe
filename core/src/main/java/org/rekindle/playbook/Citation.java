package org.rekindle.playbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reference to lines of the guide: {@code L5}, or a range {@code L4-5}. */
public record Citation(int from, int to) {

    private static final Pattern FORM = Pattern.compile("L(\\d{1,4})(?:[-\u2013](?:L)?(\\d{1,4}))?");

    public Citation {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("a citation runs from line 1 upwards, first line before last: L" + from + "-" + to);
        }
    }

    public static Citation parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a guide citation: write L5 or L4-5");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return new Citation(from, to);
    }

    /** The form used in output and in the JSON contract: {@code L5}, {@code L4-5}. */
    @Override
    public String toString() {
        return from == to ? "L" + from : "L" + from + "-" + to;
    }
}
