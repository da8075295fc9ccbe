package org.rekindle.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a field is named to the person who sent it: {@code --ended-by} on the command line,
 * {@code ended_by} in a JSON body. Checks are written once, in command-line words, and spoken in
 * the caller's.
 */
public enum Dialect {
    CLI, API;

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z]+(?:-[a-z]+)*)");

    /** The name of a field as this dialect writes it; {@code field} is the command-line option without dashes. */
    public String name(String field) {
        return this == CLI ? "--" + field : field.replace('-', '_');
    }

    /** A message from a check written with command-line options, in this dialect's words. */
    public String speak(String message) {
        if (this == CLI || message == null) {
            return message;
        }
        Matcher m = OPTION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace('-', '_')));
        }
        m.appendTail(out);
        return out.toString();
    }
}
