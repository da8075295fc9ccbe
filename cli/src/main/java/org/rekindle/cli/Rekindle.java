package org.rekindle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;


import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code rekindle}: the coach on the command line. Global options go before or after the command;
 * exit codes are 0 (done), 2 (bad input, with a one-line fix on stderr) and 1 (anything else).
 */
@Command(name = "rekindle", mixinStandardHelpOptions = true, versionProvider = Rekindle.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "A patient, respectful coach for reconnecting with an ex, after the guide it cites line by line.",
                "Your journal stays on this machine (SQLite in the data folder)."},
        footer = {"", "Start with:  rekindle init --ex NAME --breakup YYYY-MM-DD   then   rekindle status",
                "Try it out:  rekindle demo", "In the browser:  rekindle serve"},
        subcommands = {InitCommand.class, StatusCommand.class, LogCommand.class, PlanCommand.class, SettingsCommand.class,
                HistoryCommand.class, JournalCommand.class, CheckCommand.class, EvalCommand.class, DemoCommand.class,
                ExportCommand.class, ImportCommand.class, DoctorCommand.class,
                EncryptCommand.Encrypt.class, EncryptCommand.Decrypt.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class Rekindle implements Runnable, Globals {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = {"Where the journal lives. Default: $REKINDLE_HOME,", "else $XDG_DATA_HOME/rekindle,",
                    "else ~/.local/share/rekindle."})
    Path dataDir;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT, converter = DateConverter.class,
            description = "Answer as if today were this day (default: today).")
    LocalDate asOf;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output on stdout.")
    boolean json;

    private final Clock clock;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** With no command: the overview, as {@code --help} gives it. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Rekindle(Clock clock) {
        this.clock = clock;
    }

    /** Today in the user's zone, or the day given with --as-of. The only place the clock is read. */
    @Override
    public LocalDate today() {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    @Override
    public Path dataDir() {
        return dataDir != null ? dataDir : Globals.defaultDataDir();
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The command line as main runs it; tests call {@code execute} on it with their own writers. */
    static CommandLine commandLine(Clock clock) {
        Rekindle root = new Rekindle(clock);
        CommandLine cl = new CommandLine(root);
        // plain help: the output is made terminal-safe (TerminalSafe), which would show colour codes as text
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String command = ex.getCommandLine().getCommandName();
            String hint = "rekindle".equals(command) ? "rekindle --help" : "rekindle " + command + " --help";
            err.println("rekindle: " + Errors.oneLine(ex.getMessage()) + " (see '" + hint + "')");
            err.flush();
            return Errors.BAD_INPUT;
        });
        cl.getSubcommands().get("log").getCommandSpec().usageMessage().description(LogHelp.lines());
        cl.setExecutionExceptionHandler((ex, commandLine, parsed) -> Errors.report(ex, commandLine.getErr(), root.dataDir()));
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Rekindle.class.getPackage().getImplementationVersion();
            return new String[] {"rekindle " + (v == null ? "(development build)" : v)};
        }
    }
}
