package org.rekindle.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.calendar.PlanAsCalendar;
import org.rekindle.app.calendar.PlanCalendar;
import org.rekindle.app.journey.ShowPlan;
import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.StepGuide;
import org.rekindle.status.Status;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--ics", description = {"Print the dated plan as an iCalendar document (RFC 5545) to add to a calendar:",
            "one all-day entry per step, on its day; each entry keeps its identity as the plan moves."})
    boolean ics;

    @Option(names = "--out", paramLabel = "FILE", description = "With --ics: write the calendar to FILE (private, 0600) instead.")
    Path out;

    @Option(names = "--neutral", description = "With --ics: neutral titles (\"Plan: step 1\") for a calendar others may see.")
    boolean neutral;

    @Override
    public Integer call() {
        if (!ics && (out != null || neutral)) {
            throw new CliInput((out != null ? "--out" : "--neutral") + " goes with --ics: add --ics to get the calendar");
        }
        if (ics) {
            String calendar = calendar(root, neutral ? PlanCalendar.Titles.NEUTRAL : PlanCalendar.Titles.STEPS);
            if (out == null) {
                spec.commandLine().getOut().print(calendar);
                spec.commandLine().getOut().flush();
            } else {
                ExportCommand.writeAtomically(out, calendar.getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getErr().println("rekindle: plan calendar written to " + out.toAbsolutePath().normalize());
            }
            return 0;
        }
        return run(root, spec.commandLine().getOut());
    }

    /** The same road as {@code plan --json}, as a calendar: same days, nothing but each step's name. */
    static String calendar(Globals g, PlanCalendar.Titles titles) {
        try (Database db = g.open(Database.Mode.EXISTING)) {
            return new PlanAsCalendar(Coaching.bundled()).calendar(db.journal(), g.today(), g.clock().instant(), titles);
        }
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
