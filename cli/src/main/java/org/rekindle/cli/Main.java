package org.rekindle.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The entry point. The everyday read commands ({@code status}, {@code plan}, {@code history},
 * with only the global options) take a quick path that never loads picocli: its classes are
 * built for Java 5, so the JVM can neither cache them ahead of time nor verify them quickly, and
 * they were the largest share of a {@code status} start-up. Anything else — help, errors, every
 * other command — goes through picocli, and so does any argument the quick path does not know.
 * Both paths run the same command code; a test holds their output equal.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, Clock.systemDefaultZone(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err) {
        Passphrase.install();
        out = TerminalSafe.wrap(out);
        err = TerminalSafe.wrap(err);
        Quick quick = Quick.parse(args, clock);
        if (quick != null) {
            try {
                return switch (quick.command) {
                    case "status" -> StatusCommand.run(quick, out);
                    case "plan" -> PlanCommand.run(quick, out);
                    default -> HistoryCommand.run(quick, out);
                };
            } catch (RuntimeException e) {
                return Errors.report(e, err, quick.dataDir());
            }
        }
        var cl = Rekindle.commandLine(clock);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The global options and one read command, or null when the arguments ask for more than that. */
    static final class Quick implements Globals {
        private Path dataDir;
        private LocalDate asOf;
        private boolean json;
        private String command;
        private final Clock clock;

        private Quick(Clock clock) {
            this.clock = clock;
        }

        static Quick parse(String[] args, Clock clock) {
            Quick q = new Quick(clock);
            try {
                for (int i = 0; i < args.length; i++) {
                    String a = args[i];
                    String value = null;
                    int eq = a.indexOf('=');
                    if (a.startsWith("--") && eq > 0) {
                        value = a.substring(eq + 1);
                        a = a.substring(0, eq);
                    }
                    switch (a) {
                        case "--json" -> {
                            if (value != null) {
                                return null;
                            }
                            q.json = true;
                        }
                        case "--data-dir" -> {
                            if (value == null && ++i < args.length) {
                                value = args[i];
                            }
                            if (value == null || value.isEmpty() || value.startsWith("-")) {
                                return null;
                            }
                            q.dataDir = Path.of(value);
                        }
                        case "--as-of" -> {
                            if (value == null && ++i < args.length) {
                                value = args[i];
                            }
                            if (value == null) {
                                return null;
                            }
                            q.asOf = LocalDate.parse(value.strip());
                        }
                        case "status", "plan", "history" -> {
                            if (q.command != null || value != null) {
                                return null;
                            }
                            q.command = a;
                        }
                        default -> {
                            return null;
                        }
                    }
                }
            } catch (DateTimeParseException | java.nio.file.InvalidPathException e) {
                return null; // picocli says what is wrong, in its own words
            }
            return q.command == null ? null : q;
        }

        @Override
        public Path dataDir() {
            return dataDir != null ? dataDir : Globals.defaultDataDir();
        }

        @Override
        public LocalDate today() {
            return asOf != null ? asOf : LocalDate.now(clock);
        }

        @Override
        public boolean json() {
            return json;
        }

        @Override
        public Clock clock() {
            return clock;
        }
    }
}
