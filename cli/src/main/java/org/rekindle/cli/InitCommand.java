package org.rekindle.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.StartJourney;
import org.rekindle.status.Status;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Start the journey: who, when it ended, who ended it. One journey per data folder.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Option(names = "--ex", required = true, paramLabel = "NAME", description = "Your ex's first name or a nickname.")
    String ex;

    @Option(names = "--breakup", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day you broke up.")
    LocalDate breakup;

    @Option(names = "--ended-by", paramLabel = "me|them|mutual", defaultValue = "mutual",
            description = "Who ended it (default: ${DEFAULT-VALUE}). An apology is owed when it was you (L24).")
    String endedBy;

    @Option(names = "--hurtful", description = "You said hurtful things: an apology is owed (L24).")
    boolean hurtful;

    @Option(names = "--cooling-days", paramLabel = "N",
            description = "Days of no contact after the breakup (default: 30, a month; the guide says a month or two, L1).")
    Integer coolingDays;

    @Override
    public Integer call() {
        StartJourney start = new StartJourney(Coaching.bundled());
        // name, numbers and day checked before anything is written
        StartJourney.Request request = start.check(new StartJourney.Request(ex, breakup, endedBy, hurtful, coolingDays),
                root.today());
        Status status;
        try (Database db = root.open(Database.Mode.CREATE)) {
            status = start.start(db.journal(), request, root.today());
        }
        var out = spec.commandLine().getOut();
        StatusView view = new StatusView(Coaching.bundled().playbook());
        if (root.json) {
            Json.print(out, view.json(status));
        } else {
            out.println("Journey started in " + root.dataDir().toAbsolutePath().normalize() + ".");
            out.println();
            view.text(status, out);
        }
        return 0;
    }
}
