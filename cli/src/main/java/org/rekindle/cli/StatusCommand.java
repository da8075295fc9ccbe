package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.ShowStatus;
import org.rekindle.status.Status;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Where you stand: the stage, what to do next and from which day, what to avoid, and the map.")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(root, spec.commandLine().getOut());
    }

    static int run(Globals g, PrintWriter out) {
        ShowStatus show = new ShowStatus(Coaching.bundled());
        Status status;
        try (Database db = g.open(Database.Mode.EXISTING)) {
            status = show.status(db.journal(), g.today());
        }
        StatusView view = new StatusView(Coaching.bundled().playbook());
        if (g.json()) {
            Json.print(out, show.json().json(status));
        } else {
            view.text(status, out);
        }
        return 0;
    }
}
