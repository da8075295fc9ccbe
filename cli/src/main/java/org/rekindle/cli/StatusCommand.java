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
        try (Workspace w = root.workspace(SqliteJournalStore.Mode.EXISTING)) {
            var status = w.status(w.record());
            StatusView view = new StatusView(w.coach.playbook());
            if (root.json) {
                Json.print(spec.commandLine().getOut(), view.json(status));
            } else {
                view.text(status, spec.commandLine().getOut());
            }
        }
        return 0;
    }
}
