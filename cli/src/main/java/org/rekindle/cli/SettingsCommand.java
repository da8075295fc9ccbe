package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rekindle.app.ChangeSettings;
import org.rekindle.app.Dialect;
import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.journey.Journey;
import org.rekindle.playbook.Advice;
import org.rekindle.store.SqliteJournalStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "settings", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Show the journey's settings, or change them.",
                "A change is recorded in the journal, so history shows when, and counts for the whole journey.",
                "With no option, the settings are shown."})
final class SettingsCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Option(names = "--cooling-days", paramLabel = "N",
            description = "Days of no contact after the breakup. Under 30 is accepted, with the guide's warning (L1).")
    Integer coolingDays;

    @Option(names = "--ended-by", paramLabel = "me|them|mutual",
            description = "Who ended it. An apology is owed when it was you (L24).")
    String endedBy;

    @ArgGroup(exclusive = true)
    Hurt hurt;

    static final class Hurt {
        @Option(names = "--hurtful", required = true, description = "You said hurtful things: an apology is owed (L24).")
        boolean hurtful;

        @Option(names = "--not-hurtful", required = true, description = "You did not.")
        boolean notHurtful;
    }

    @Override
    public Integer call() {
        Boolean hurtful = hurt == null ? null : hurt.hurtful;
        try (Workspace w = root.workspace(SqliteJournalStore.Mode.EXISTING)) {
            PrintWriter out = spec.commandLine().getOut();
            if (coolingDays == null && endedBy == null && hurtful == null) {
                var status = w.status(w.record());
                if (root.json) {
                    Json.print(out, json(status.journey()));
                } else {
                    out.println(line(status.journey()));
                    warn(status.warnings());
                }
                return 0;
            }
            if (coolingDays != null && coolingDays < 1) {
                throw new UserError("--cooling-days must be 1 or more, not " + coolingDays);
            }
            ChangeSettings.Done done = ChangeSettings.run(w, coolingDays, endedBy, hurtful, Dialect.CLI);
            if (root.json) {
                Json.print(out, done.logged().json(w.coach));
                return 0;
            }
            out.println(StatusView.oneLine("settings: " + line(done.logged().status().journey()), done.logged().status()));
            warn(done.warnings());
            out.flush();
        }
        return 0;
    }

    private void warn(java.util.List<Advice> warnings) {
        for (Advice a : warnings) {
            spec.commandLine().getErr().println("rekindle: warning: " + a.text() + " [" + a.cite() + "]");
        }
        spec.commandLine().getErr().flush();
    }

    static String line(Journey j) {
        return "cooling-off " + j.waits().coolingDays() + " days, ended by " + j.endedBy().word()
                + (j.hurtful() ? ", hurtful words said" : ", no hurtful words");
    }

    static java.util.Map<String, Object> json(Journey j) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("cooling_days", j.waits().coolingDays());
        m.put("ended_by", j.endedBy().word());
        m.put("hurtful", j.hurtful());
        return m;
    }
}
