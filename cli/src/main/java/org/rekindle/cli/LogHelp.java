package org.rekindle.cli;

import java.util.ArrayList;
import java.util.List;

import org.rekindle.journey.EventField;
import org.rekindle.journey.EventSchema;

/** The {@code log --help} text, from the event schema: each kind with the fields it takes. */
final class LogHelp {
    private LogHelp() {
    }

    static String[] lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Record what happened. It is kept even when it does not fit the plan; the coach says so.");
        lines.add("KIND is one of:");
        for (EventSchema.EventType<?> t : EventSchema.loggable()) {
            StringBuilder line = new StringBuilder("  ").append(String.format("%-19s", t.name()));
            for (EventField f : t.fields()) {
                line.append(' ').append(f.required() ? "" : "[").append(Errors.option(f.name())).append(' ')
                        .append(f.form() == EventField.Form.WORD ? f.wordList() : "T").append(f.required() ? "" : "]");
            }
            line.append("  ").append(t.title());
            lines.add(line.toString());
        }
        return lines.toArray(String[]::new);
    }
}
