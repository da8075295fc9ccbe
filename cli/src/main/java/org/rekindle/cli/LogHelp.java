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
    /** Under picocli's 80 columns: a longer line would be broken mid-way. */
    private static final int WIDTH = 78;

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
            String head = "  " + String.format("%-19s", t.name()) + " " + t.title();
            StringBuilder fields = new StringBuilder();
            for (EventField f : t.fields()) {
                fields.append(' ').append(f.required() ? "" : "[").append(Errors.option(f.name())).append(' ')
                        .append(f.form() == EventField.Form.WORD ? f.wordList() : "T").append(f.required() ? "" : "]");
            }
            if (fields.isEmpty()) {
                lines.add(head);
            } else if (head.length() + fields.length() <= WIDTH) {
                lines.add(head + fields);
            } else {
                lines.add(head);
                lines.add("  " + " ".repeat(20) + fields.toString().strip());
            }
        }
        lines.add("");
        lines.add("A mistake? 'rekindle log retract VERSION' takes an entry back (see its --help).");
        return lines.toArray(String[]::new);
    }
}
