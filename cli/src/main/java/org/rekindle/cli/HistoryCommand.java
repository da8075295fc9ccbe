package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rekindle.app.History;
import org.rekindle.app.Workspace;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;
import org.rekindle.store.StoredEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The journal, oldest first: every event and private entry, with the coach's warnings.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(root, spec.commandLine().getOut());
    }

    static int run(Globals g, PrintWriter out) {
        try (Workspace w = g.workspace(SqliteJournalStore.Mode.EXISTING)) {
            JourneyRecord r = w.record();
            History history = History.of(w, r);
            List<StoredEvent> stored = history.stored();
            if (g.json()) {
                Json.print(out, history.json(w.coach.playbook()));
                return 0;
            }
            out.println(r.ex() + " · broke up " + r.breakup() + switch (r.endedBy()) {
                case ME -> " (you ended it)";
                case THEM -> " (they ended it)";
                case MUTUAL -> " (ended together)";
            });
            if (stored.isEmpty()) {
                out.println("Nothing logged yet. Log what happens with 'rekindle log KIND'.");
            }
            for (StoredEvent s : stored) {
                String line = EventView.line(s);
                if (s.event().at().isAfter(w.today)) {
                    line += "   (after " + w.today + ": not counted)";
                }
                out.println(line);
                history.concern(s).ifPresent(c ->
                        out.println("            ⚠ " + w.coach.playbook().concern(c).text()));
            }
            out.flush();
        }
        return 0;
    }
}
