package org.rekindle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The training run for the JVM's ahead-of-time cache. The launcher runs it twice after a build:
 * {@code prepare DIR} in a plain JVM makes a small journal, then {@code record DIR} runs the
 * everyday commands on it under {@code -XX:AOTCacheOutput}, so the cache holds what those
 * commands load and nothing more (with AOT class linking, every cached class is loaded at start,
 * so caching the migration tool or the draft model would slow {@code status} down). Prints nothing.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !List.of("prepare", "record").contains(args[0])) {
            System.err.println("usage: Training prepare|record DIR");
            System.exit(2);
        }
        String d = Path.of(args[1]).toString();
        List<String[]> runs = args[0].equals("prepare")
                ? List.of(
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "init", "--ex", "Sam", "--breakup", "2026-09-01"},
                        new String[] {"--data-dir", d, "log", "text-sent", "--at", "2026-11-01", "--text", "hi"})
                : List.of(
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "status"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "status", "--json"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "reply", "--at", "2026-11-02"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "call", "--meeting", "agreed", "--json"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "log", "meeting", "--outcome", "well"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "journal", "a good day", "--mood", "4"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "plan"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "history"},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "history", "--json"},
                        // the draft review too: its rules are read from YAML on every check, so the
                        // YAML reader and the rule classes belong in the cache
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "check", "--stage", "FIRST_TEXT",
                                "I heard our song on the radio and thought of you. Hope you're well."},
                        new String[] {"--data-dir", d, "--as-of", "2026-11-20", "check", "--json", "miss you, can we talk?"},
                        new String[] {"--data-dir", d, "log", "bogus"});
        for (String[] run : runs) {
            Main.run(run, Clock.systemDefaultZone(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        }
    }
}
