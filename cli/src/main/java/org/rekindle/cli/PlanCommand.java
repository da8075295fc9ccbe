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
        description = {"The dates ahead if all goes well, at the guide's pace.",
                "Each step comes with the day it could come at the earliest, and why.",
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
                var closing = playbook.planClosing();
                for (String line : StatusView.wrap(closing.text() + " [" + closing.cite() + "]", 78, "  ", "  ")) {
                    out.println(line);
                }
                out.flush();
                return 0;
            }
            for (PlannedStep p : road) {
                StepGuide sg = playbook.step(p.step());
                String when = p.until() != null && p.step() == org.rekindle.plan.NextStep.WAIT_FOR_REPLY
                        ? "until " + p.until() : "not before " + p.earliest();
                out.printf("  %-22s %-15s %s%n", when, p.stage(), sg.action());
                String why = "  " + " ".repeat(22) + " " + " ".repeat(15) + " ";
                for (String line : StatusView.wrap("(" + sg.pace() + ") [" + sg.cite() + "]", 78, why, why)) {
                    out.println(line);
                }
            }
            out.println("Each date is the earliest, if every answer is yes; the ex sets the pace, not the plan.");
            out.flush();
        }
        return 0;
    }
}
