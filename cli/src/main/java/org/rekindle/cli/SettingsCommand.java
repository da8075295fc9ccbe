package org.rekindle.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.ShowStatus;
import org.rekindle.app.log.ChangeSettings;
import org.rekindle.journey.Journey;
import org.rekindle.playbook.Advice;
import org.rekindle.status.Status;
import org.rekindle.store.Database;

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
        PrintWriter out = spec.commandLine().getOut();
        Coaching coaching = Coaching.bundled();
        if (coolingDays == null && endedBy == null && hurtful == null) {
            Status status;
            try (Database db = root.open(Database.Mode.EXISTING)) {
                status = new ShowStatus(coaching).status(db.journal(), root.today());
            }
            if (root.json) {
                Json.print(out, json(status.journey()));
            } else {
                out.println(line(status.journey()));
                out.flush();
                warn(status.warnings());
            }
            return 0;
        }
        ChangeSettings change = new ChangeSettings(coaching);
        ChangeSettings.Request request = new ChangeSettings.Request(coolingDays, endedBy, hurtful);
        change.check(request, root.today()); // named before the folder is opened
        ChangeSettings.Changed done;
        try (Database db = root.open(Database.Mode.EXISTING)) {
            done = change.change(db.journal(), request, root.today());
        }
        if (root.json) {
            Map<String, Object> json = new LinkedHashMap<>(done.logged().json());
            json.put("warnings", done.warnings().stream().map(EventView::warning).toList());
            Json.print(out, json);
            return 0;
        }
        out.println(StatusView.oneLine("settings: " + line(done.logged().status().journey()), done.logged().status()));
        out.flush();
        warn(done.warnings());
        return 0;
    }

    private void warn(List<Advice> warnings) {
        for (Advice a : warnings) {
            spec.commandLine().getErr().println("rekindle: warning: " + a.text() + " [" + a.cite() + "]");
        }
        spec.commandLine().getErr().flush();
    }

    static String line(Journey j) {
        return "cooling-off " + j.waits().coolingDays() + " days, ended by " + j.endedBy().word()
                + (j.hurtful() ? ", hurtful words said" : ", no hurtful words");
    }

    static Map<String, Object> json(Journey j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cooling_days", j.waits().coolingDays());
        m.put("ended_by", j.endedBy().word());
        m.put("hurtful", j.hurtful());
        return m;
    }
}
