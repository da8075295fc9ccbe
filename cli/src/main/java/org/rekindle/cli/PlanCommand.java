package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.Playbook;
import org.rekindle.playbook.StepGuide;
import org.rekindle.status.Status;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"The dates ahead if all goes well: each step on the first day it is allowed.",
                "Real answers take their own time; the plan moves as you log them."})
final class PlanCommand implements Callable<Integer> {

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
            Status status = w.status(r);
            List<PlannedStep> road = w.coach.plan(w.journey(r), w.store.journal(r.id()), w.today);
            Playbook playbook = w.coach.playbook();
            if (g.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("stage", status.stage().name());
                json.put("as_of", w.today.toString());
                List<Map<String, Object>> steps = new ArrayList<>();
                for (PlannedStep p : road) {
                    StepGuide sg = playbook.step(p.step());
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("stage", p.stage().name());
                    m.put("step", p.step().name());
                    m.put("action", sg.action());
                    m.put("earliest", StatusView.date(p.earliest()));
                    m.put("until", StatusView.date(p.until()));
                    m.put("contacts_ex", sg.contactsEx());
                    m.put("guide", sg.guide().toString());
                    steps.add(m);
                }
                json.put("steps", steps);
                Json.print(out, json);
                return 0;
            }
            out.println("The road ahead for " + r.ex() + ", as of " + w.today + " (" + status.stage() + "):");
            if (road.isEmpty()) {
                out.println("  None. " + status.step().action() + " [" + status.step().guide() + "]");
                status.ending().ifPresent(e -> out.println("  " + e.text()));
            }
            for (PlannedStep p : road) {
                StepGuide sg = playbook.step(p.step());
                String when = p.earliest() != null ? "from " + p.earliest()
                        : p.until() != null ? "until " + p.until() : "";
                out.printf("  %-16s %-15s %s [%s]%n", when, p.stage(), sg.action(), sg.guide());
            }
            out.println("Each date is the earliest, if every answer is yes; the ex sets the pace, not the plan.");
            out.flush();
        }
        return 0;
    }
}
