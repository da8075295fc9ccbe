package org.rekindle.cli;

import java.util.concurrent.Callable;

import org.rekindle.app.Workspace;
import org.rekindle.store.SqliteJournalStore;

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

    static int run(Globals g, java.io.PrintWriter out) {
        try (Workspace w = g.workspace(SqliteJournalStore.Mode.EXISTING)) {
            var status = w.status(w.record());
            StatusView view = new StatusView(w.coach.playbook());
            if (g.json()) {
                Json.print(out, view.json(status));
            } else {
                view.text(status, out);
            }
        }
        return 0;
    }
}
