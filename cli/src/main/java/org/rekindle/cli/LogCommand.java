package org.rekindle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import java.util.HashMap;
import java.util.Map;

import org.rekindle.app.Coaching;
import org.rekindle.app.log.LogEvent;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "log", sortOptions = false, mixinStandardHelpOptions = true)  // description: LogHelp, from the event schema
final class LogCommand implements Callable<Integer> {

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
        Map<String, Object> fields = new HashMap<>();
        fields.put("text", text);
        fields.put("meeting", meeting);
        fields.put("outcome", outcome);
        fields.put("response", response);
        fields.put("note", note);
        LogEvent log = new LogEvent(Coaching.bundled());
        LogEvent.Request request = new LogEvent.Request(kind, at, fields);
        log.checkKind(request); // a wrong kind or option is named before the folder is opened
        LogEvent.Logged logged;
        try (Database db = root.open(Database.Mode.EXISTING)) {
            logged = log.log(db.journal(), request, root.today());
        }
        report(logged);
        return 0;
    }

    private void report(LogEvent.Logged logged) {
        StatusView view = new StatusView(logged.playbook());
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            Json.print(out, logged.json());
            return;
        }
        out.println("Logged: " + EventView.line(logged.stored()).strip());
        logged.concern().ifPresent(c -> {
            var a = logged.playbook().concern(c);
            spec.commandLine().getErr().println("rekindle: warning: " + a.text() + " [" + a.guide() + "]");
            spec.commandLine().getErr().flush();
        });
        out.println();
        view.text(logged.status(), out);
    }
}
