package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rekindle.journey.Concern;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.status.Status;
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
        try (Workspace w = Workspace.open(g, SqliteJournalStore.Mode.EXISTING)) {
            JourneyRecord r = w.record();
            List<StoredEvent> stored = new ArrayList<>(w.stored(r));
            // Oldest first by the day it happened; same-day entries in the order logged.
            stored.sort(java.util.Comparator.comparing((StoredEvent s) -> s.event().at()));
            Map<JournalEvent, Optional<Concern>> concerns = new IdentityHashMap<>();
            if (!w.today.isBefore(r.breakup())) {
                Status status = w.coach.status(w.journey(r), Workspace.events(stored), w.today);
                for (JourneyEngine.Applied a : status.applied()) {
                    concerns.put(a.event(), a.concern());
                }
            }
            if (g.json()) {
                List<Map<String, Object>> json = new ArrayList<>();
                for (StoredEvent s : stored) {
                    json.add(EventView.json(s, concerns.getOrDefault(s.event(), Optional.empty()), w.coach.playbook()));
                }
                Json.print(out, json);
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
                concerns.getOrDefault(s.event(), Optional.empty()).ifPresent(c ->
                        out.println("            ⚠ " + w.coach.playbook().concern(c).text()));
            }
            out.flush();
        }
        return 0;
    }
}
