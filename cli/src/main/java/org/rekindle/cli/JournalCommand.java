package org.rekindle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.journey.JournalEvent.Reflection;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;
import org.rekindle.store.StoredEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"Write a private reflection: an urge resisted, a rough day, a good one.",
                "It stays on this machine, is never shared, and never moves the stage."})
final class JournalCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "What you want to remember.")
    String text;

    @Option(names = "--mood", paramLabel = "1-5", description = "How you feel, 1 (low) to 5 (good).")
    Integer mood;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day it is about (default: today, or --as-of).")
    LocalDate at;

    @Override
    public Integer call() {
        if (text.length() > LogCommand.MAX_TEXT) {
            throw new UserError("the entry is " + text.length() + " characters long; keep it under " + LogCommand.MAX_TEXT);
        }
        org.rekindle.app.InputChecks.text("the entry", text, LogCommand.MAX_TEXT);
        try (Workspace w = root.workspace(SqliteJournalStore.Mode.EXISTING)) {
            JourneyRecord r = w.record();
            LocalDate day = at != null ? at : w.today;
            if (day.isAfter(w.today)) {
                throw new UserError("--at " + day + " is after today (" + w.today + "): write about a day that has come");
            }
            Reflection entry = new Reflection(day, text.strip(), mood); // checks the text and the mood
            long version = w.store.append(r.id(), entry);
            StoredEvent stored = w.stored(r).stream().filter(s -> s.version() == version).findFirst().orElseThrow();
            PrintWriter out = spec.commandLine().getOut();
            if (root.json) {
                Json.print(out, EventView.json(stored, Optional.empty(), w.coach.playbook()));
            } else {
                out.println("Kept in your private journal: " + EventView.line(stored).strip());
                out.println("Writing it down instead of sending it is the guide's patience in practice. [L1]");
                out.flush();
            }
        }
        return 0;
    }
}
