package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.ShowPlan;
import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.StepGuide;
import org.rekindle.status.Status;
import org.rekindle.store.Database;

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
        ShowPlan.Plan plan;
        try (Database db = g.open(Database.Mode.EXISTING)) {
            plan = new ShowPlan(Coaching.bundled()).plan(db.journal(), g.today());
        }
        Status status = plan.status();
        if (g.json()) {
            Json.print(out, plan.json());
            return 0;
        }
        out.println("The road ahead for " + plan.journey().ex() + ", as of " + status.asOf() + " (" + status.stage() + "):");
        if (plan.road().isEmpty()) {
            var closing = plan.playbook().planClosing();
            for (String line : StatusView.wrap(closing.text() + " [" + closing.cite() + "]", 78, "  ", "  ")) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        String under = " ".repeat(2 + 22 + 1 + 15 + 1);
        for (PlannedStep p : plan.road()) {
            StepGuide sg = plan.playbook().step(p.step());
            String when = p.until() != null && p.step() == org.rekindle.plan.NextStep.WAIT_FOR_REPLY
                    ? "until " + p.until() : "not before " + p.earliest();
            out.printf("  %-22s %-15s %s%n", when, p.stage(), sg.action());
            for (String line : StatusView.wrap("(" + sg.pace() + ") [" + sg.cite() + "]", 78, under, under)) {
                out.println(line);
            }
        }
        out.println("Each date is the earliest, if every answer is yes; the ex sets the pace, not the plan.");
        out.flush();
        return 0;
    }
}
