package org.rekindle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the JVM's ahead-of-time cache: the launcher runs this once after a build
 * so the classes every command needs are loaded and linked from the cache instead of from the
 * jar on each start. It runs the real commands on a throwaway journal and prints nothing.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("rekindle-training");
        try {
            String d = dir.toString();
            List<String[]> runs = List.of(
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "init", "--ex", "Sam", "--breakup", "2026-09-01"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "text-sent", "--at", "2026-11-01", "--text", "hi"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "reply", "--at", "2026-11-02"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "call", "--meeting", "agreed", "--json"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "meeting", "--outcome", "well"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "journal", "a good day", "--mood", "4"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "status"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "status", "--json"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "plan"},
                    new String[] {"--data-dir", d, "--as-of", "2026-11-20", "history", "--json"},
                    new String[] {"--data-dir", d, "log", "bogus"},
                    new String[] {"check", "--stage", "FIRST_TEXT", "miss u, come over tonight?"},
                    new String[] {"check", "--stage", "CALL", "--json", "Would you like to see the exhibit with me?"},
                    new String[] {"--help"});
            for (String[] run : runs) {
                var cl = Rekindle.commandLine(Clock.systemDefaultZone());
                cl.setOut(new PrintWriter(new StringWriter()));
                cl.setErr(new PrintWriter(new StringWriter()));
                cl.execute(run);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
