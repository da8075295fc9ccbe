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
            out.println("  None. " + status.step().action() + " [" + status.step().guide() + "]");
            status.ending().ifPresent(e -> out.println("  " + e.text()));
        }
        for (PlannedStep p : plan.road()) {
            StepGuide sg = plan.playbook().step(p.step());
            String when = p.earliest() != null ? "from " + p.earliest()
                    : p.until() != null ? "until " + p.until() : "";
            out.printf("  %-16s %-15s %s [%s]%n", when, p.stage(), sg.action(), sg.guide());
        }
        out.println("Each date is the earliest, if every answer is yes; the ex sets the pace, not the plan.");
        out.flush();
        return 0;
    }
}
