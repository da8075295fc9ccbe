package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import java.time.LocalDate;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.History;
import org.rekindle.app.journey.ShowHistory;
import org.rekindle.playbook.Playbook;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.Database;
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
        History history;
        try (Database db = g.open(Database.Mode.EXISTING)) {
            history = new ShowHistory(Coaching.bundled()).history(db.journal(), g.today());
        }
        Playbook playbook = Coaching.bundled().playbook();
        LocalDate today = g.today();
        JourneyRecord r = history.journey();
        List<StoredEvent> stored = history.stored();
        {
            if (g.json()) {
                Json.print(out, history.json(playbook));
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
                if (s.event().at().isAfter(today)) {
                    line += "   (after " + today + ": not counted)";
                }
                out.println(line);
                history.concern(s).ifPresent(c ->
                        out.println("            ⚠ " + playbook.concern(c).text()));
            }
            out.flush();
        }
        return 0;
    }
}
