package org.rekindle.cli;

import java.util.ArrayList;
import java.util.List;

import org.rekindle.journey.EventField;
import org.rekindle.journey.EventSchema;

/**
 * The {@code log --help} text, from the event schema: each kind with the fields it takes. Each
 * line is kept under the usage width, so picocli never cuts one in the middle.
 */
final class LogHelp {

    private LogHelp() {
    }

    static String[] lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Record what happened. It is kept even when it does not fit the plan; the coach says so.");
        lines.add("Prints one line: what was recorded, the stage now, the next date.");
        lines.add("With --verbose, the whole status after it.");
        lines.add("");
        lines.add("KIND is one of:");
        for (EventSchema.EventType<?> t : EventSchema.loggable()) {
            lines.add(String.format("  %-20s%s", t.name(), t.title()));
            if (!t.fields().isEmpty()) {
                StringBuilder fields = new StringBuilder(" ".repeat(22));
                for (EventField f : t.fields()) {
                    fields.append(f.required() ? "" : "[").append(Errors.option(f.name())).append(' ')
                            .append(f.form() == EventField.Form.WORD ? f.wordList() : "T").append(f.required() ? "" : "]")
                            .append(' ');
                }
                lines.add(fields.toString().stripTrailing());
            }
        }
        lines.add("");
        lines.add("A mistake? 'rekindle log retract VERSION' takes an entry back (see its --help).");
        return lines.toArray(String[]::new);
    }
}
