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
        subcommands = RetractCommand.class,
        description = {"Record what happened. It is kept even when it does not fit the plan; the coach says so.",
                "Prints one line: what was recorded, the stage now, the next date.",
                "With --verbose, the whole status after it.",
                "",
                "KIND is one of:",
                "  contact             you were in touch during the cooling-off",
                "  text-sent           you sent a text (--text)",
                "  reply               they replied to your text",
                "  call                a call (--meeting agreed|not-agreed)",
                "  meeting             a meeting (--outcome well|mixed|badly)",
                "  explained           you told them honestly why you reached out",
                "  feelings            the feelings talk (--response R: what they said)",
                "  appeal              the one final appeal (--response R: what they said)",
                "  no-contact-request  they asked for no contact",
                "  apology             you apologized",
                "  forgiveness         you have forgiven them",
                "  new-memory          something new together (--note)",
                "  moving-on           you chose to end the journey",
                "  ex-reached-out      they got in touch first (--note); not your contact",
                "  practical           belongings, pets, the lease (--note); never a step",
                "",
                "A mistake? 'rekindle log retract VERSION' takes an entry back (see its --help)."})
final class LogCommand implements Callable<Integer> {

    /** Longest text kept with an event: a message, a note. */
    static final int MAX_TEXT = LogEntry.MAX_TEXT;

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "What happened (see above).")
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

    @Option(names = "--note", paramLabel = "T",
            description = "new-memory, ex-reached-out, practical: a few words to remember it by.")
    String note;

    @Option(names = "--verbose", description = "After the line, print the whole status.")
    boolean verbose;

    @Override
    public Integer call() {
        if (kind == null) {
            throw new org.rekindle.app.UserError("KIND is required: use one of "
                    + org.rekindle.journey.EventKind.loggable() + " (see 'rekindle log --help')");
        }
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
        report(w, logged, EventView.brief(logged.stored()), verbose, root.json, spec);
    }

    /** One line on stdout (the whole status with {@code verbose}); the warning, if any, on stderr. */
    static void report(Workspace w, LogEntry.Logged logged, String recorded, boolean verbose, boolean json,
                       CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, logged.json(w.coach));
            return;
        }
        out.println(StatusView.oneLine(recorded, logged.status()));
        logged.warning(w.coach).ifPresent(a -> {
            spec.commandLine().getErr().println("rekindle: warning: " + a.text() + " [" + a.cite() + "]");
            spec.commandLine().getErr().flush();
        });
        if (verbose) {
            out.println();
            new StatusView(w.coach.playbook()).text(logged.status(), out);
        }
        out.flush();
    }
}
