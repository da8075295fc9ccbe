package org.rekindle.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.rekindle.app.Dialect;
import org.rekindle.app.JourneyRequest;
import org.rekindle.app.Workspace;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.SqliteJournalStore;

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
        // name, numbers and day checked before anything is written
        JourneyRequest.Checked c = new JourneyRequest(ex, breakup, endedBy, hurtful, coolingDays)
                .check(Workspace.coach(), root.today(), Dialect.CLI);
        try (Workspace w = root.workspace(SqliteJournalStore.Mode.CREATE)) {
            JourneyRecord r = w.store.createJourney(c.ex(), c.breakup(), c.endedBy(), c.hurtful(), c.coolingDays());
            var status = w.status(r);
            var out = spec.commandLine().getOut();
            if (root.json) {
                Json.print(out, new StatusView(w.coach.playbook()).json(status));
            } else {
                out.println("Journey started in " + root.dataDir().toAbsolutePath().normalize() + ".");
                out.println();
                new StatusView(w.coach.playbook()).text(status, out);
            }
        }
        return 0;
    }
}
