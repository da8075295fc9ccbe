package org.rekindle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.MeetingOutcome;
import org.rekindle.store.Database;
import org.rekindle.store.JournalStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Walk through a sample journey, stored in the 'demo' folder inside the data folder.",
                "Your own journey is never touched; the demo is made anew each time."})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = root.dataDir().resolve("demo");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("rekindle.db" + suffix));
        }
        LocalDate today = root.today();
        LocalDate breakup = today.minusDays(60);
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.sqlite(dir, Database.Mode.CREATE, root.clock())) {
            JournalStore store = db.journal();
            store.createJourney("Sam", breakup, EndedBy.MUTUAL, false, null);
            List<JournalEvent> story = List.of(
                    new JournalEvent.Reflection(breakup.plusDays(12), "Wanted to text. Went for a run instead.", 2),
                    new JournalEvent.TextSent(breakup.plusDays(45),
                            "I heard our favorite song on the radio and thought of some good times. Hope you're great."),
                    new JournalEvent.ReplyReceived(breakup.plusDays(46)),
                    new JournalEvent.CallHeld(breakup.plusDays(48), true),
                    new JournalEvent.MeetingHeld(breakup.plusDays(52), MeetingOutcome.WELL));
            for (JournalEvent e : story) {
                store.append(e);
            }
            if (!root.json) {
                out.println("A sample journey in " + dir.toAbsolutePath().normalize() + ": Sam, broke up " + breakup
                        + "; a text on day 45, a reply, a call, one good meeting.");
                out.println("Run any command on it with --data-dir " + dir.toAbsolutePath().normalize());
                out.println();
            }
        }
        var cl = Rekindle.commandLine(root.clock());
        cl.setOut(out);
        cl.setErr(spec.commandLine().getErr());
        String[] common = root.json
                ? new String[] {"--data-dir", dir.toString(), "--as-of", today.toString(), "--json"}
                : new String[] {"--data-dir", dir.toString(), "--as-of", today.toString()};
        for (String command : root.json ? List.of("status") : List.of("status", "plan", "history")) {
            if (!root.json) {
                out.println("━━ rekindle " + command + " ━━");
            }
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of(command))
                    .toArray(String[]::new);
            int code = cl.execute(args);
            if (code != 0) {
                return code;
            }
            out.println();
        }
        return 0;
    }
}
