package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rekindle.app.PlanJson;
import org.rekindle.app.Workspace;
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
        try (Workspace w = g.workspace(SqliteJournalStore.Mode.EXISTING)) {
            JourneyRecord r = w.record();
            Status status = w.status(r);
            List<PlannedStep> road = w.coach.plan(w.journey(r), w.journal(r), w.today);
            Playbook playbook = w.coach.playbook();
            if (g.json()) {
                Json.print(out, PlanJson.json(status, road, playbook, w.today));
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
