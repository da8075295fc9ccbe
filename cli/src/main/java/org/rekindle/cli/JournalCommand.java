package org.rekindle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.log.WriteJournalEntry;
import org.rekindle.store.Database;
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
        WriteJournalEntry write = new WriteJournalEntry(Coaching.bundled());
        WriteJournalEntry.Request request = new WriteJournalEntry.Request(text, mood, at);
        write.check(request); // the text and the mood are named before the folder is opened
        StoredEvent stored;
        try (Database db = root.open(Database.Mode.EXISTING)) {
            stored = write.write(db.journal(), request, root.today());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Json.print(out, EventView.json(stored, Optional.empty(), Coaching.bundled().playbook()));
        } else {
            out.println("Kept in your private journal: " + EventView.line(stored).strip());
            out.println("Writing it down instead of sending it is the guide's patience in practice. [L1]");
            out.flush();
        }
        return 0;
    }
}
