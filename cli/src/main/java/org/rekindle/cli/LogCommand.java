package org.rekindle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.rekindle.app.Dialect;
import org.rekindle.app.LogEntry;
import org.rekindle.app.Workspace;
import org.rekindle.journey.JournalEvent;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "log", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Record what happened. It is kept even when it does not fit the plan; the coach says so.",
                "KIND is one of: contact, text-sent, reply, call, meeting, explained, feelings, appeal,",
                "no-contact-request, apology, forgiveness, new-memory, moving-on."})
final class LogCommand implements Callable<Integer> {

    /** Longest text kept with an event: a message, a note. */
    static final int MAX_TEXT = LogEntry.MAX_TEXT;

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What happened (see above).")
    String kind;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day it happened (default: today, or --as-of).")
    LocalDate at;

    @Option(names = "--text", paramLabel = "T", description = "text-sent: what you wrote.")
    String text;

    @Option(names = "--meeting", paramLabel = "agreed|not-agreed", description = "call: whether a meeting was agreed (default: not-agreed).")
    String meeting;

    @Option(names = "--outcome", paramLabel = "well|mixed|badly", description = "meeting: how it went (default: mixed, which does not count towards the feelings talk).")
    String outcome;

    @Option(names = "--response", paramLabel = "R", description = "feelings: interested|needs-time|not-interested; appeal: accepted|declined.")
    String response;

    @Option(names = "--note", paramLabel = "T", description = "new-memory: a few words to remember it by.")
    String note;

    @Override
    public Integer call() {
        LogEntry entry = new LogEntry(kind, at, text, meeting, outcome, response, note);
        entry.checkedKind(Dialect.CLI); // a wrong kind or option is named before the folder is opened
        try (Workspace w = root.workspace(SqliteJournalStore.Mode.EXISTING)) {
            JourneyRecord r = w.record();
            w.requireStarted(r);
            JournalEvent event = entry.event(r, w.today, Dialect.CLI);
            long version = w.store.append(r.id(), event);
            report(w, LogEntry.Logged.after(w, r, event, version));
        }
        return 0;
    }

    private void report(Workspace w, LogEntry.Logged logged) {
        StatusView view = new StatusView(w.coach.playbook());
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Json.print(out, logged.json(w.coach.playbook()));
            return;
        }
        out.println("Logged: " + EventView.line(logged.stored()).strip());
        logged.concern().ifPresent(c -> {
            var a = w.coach.playbook().concern(c);
            spec.commandLine().getErr().println("rekindle: warning: " + a.text() + " [" + a.guide() + "]");
            spec.commandLine().getErr().flush();
        });
        out.println();
        view.text(logged.status(), out);
    }
}
