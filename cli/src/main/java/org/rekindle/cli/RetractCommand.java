package org.rekindle.cli;

import java.util.concurrent.Callable;

import org.rekindle.app.Coaching;
import org.rekindle.app.log.RetractEntry;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "retract", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Take back an entry logged by mistake.",
                "The journal keeps both the entry and the retraction; the coach stops counting the entry.",
                "A no-contact request or a declined appeal can be taken back only within 24 hours of logging it:",
                "after that, their no stands, and a no is final (L19, L23)."})
final class RetractCommand implements Callable<Integer> {

    @ParentCommand
    LogCommand log;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VERSION",
            description = "The entry's version, as 'rekindle history --json' shows it.")
    long version;

    @Option(names = "--why", paramLabel = "T", description = "A few words on what went wrong.")
    String why;

    @Override
    public Integer call() {
        Rekindle root = log.root;
        RetractEntry.Retracted done;
        try (Database db = root.open(Database.Mode.EXISTING)) {
            done = new RetractEntry(Coaching.bundled()).retract(db.journal(), new RetractEntry.Request(version, why),
                    root.today(), root.clock().instant());
        }
        String recorded = "retracted entry " + version + " (" + done.target().event().kind() + " on "
                + done.target().event().at() + ")";
        LogCommand.report(done.logged(), recorded, false, root.json, spec);
        if (!root.json) {
            var out = spec.commandLine().getOut();
            for (String line : StatusView.wrap(done.meaning().text() + " [" + done.meaning().cite() + "]", 78, "", "  ")) {
                out.println(line);
            }
            out.flush();
        }
        return 0;
    }
}
