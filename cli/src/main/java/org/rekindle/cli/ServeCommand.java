package org.rekindle.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.rekindle.app.InvalidInput;
import org.rekindle.app.serve.WebServing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Open the coach in your browser: the map, the next step, the log, the journal, the timeline.",
                "It listens on this machine only (127.0.0.1) unless --host says otherwise.",
                "Every page needs the token in the link it prints. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7420",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = {"Read the token every request needs from FILE (one line, readable by you alone).",
                    "Default: $REKINDLE_TOKEN, else the file 'token' in the data folder, else a new random one each run."})
    java.nio.file.Path tokenFile;

    @Option(names = "--token", paramLabel = "T", hidden = true,
            description = "The token on the command line: visible to every account on this machine; use --token-file.")
    String token;

    @Option(names = "--db", paramLabel = "URL",
            description = {"Serve many people from one PostgreSQL: postgresql://HOST:PORT/DB?user=U&password=P",
                    "(default: $REKINDLE_DB, else single-user on the data folder). Accounts, log-in, one journey each."})
    String db;

    @Override
    public Integer call() throws InterruptedException {
        String database = db != null ? db : blankToNull(System.getenv("REKINDLE_DB"));
        String t = database != null ? token : TokenSource.resolve(token, tokenFile, System.getenv("REKINDLE_TOKEN"),
                root.dataDir(), spec.commandLine().getErr());
        WebServing web = WebServing.discover();
        if (web == null) {
            throw new CliInput("this build has no web server: build it with the web module");
        }
        WebServing.Running server;
        try {
            server = web.start(new WebServing.Options(root.dataDir(), database, host, port, t, root.clock(), root.asOf));
        } catch (InvalidInput e) {
            String said = e.sentence(Errors::option);
            throw new CliInput("the token: " + said);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "rekindle-serve-stop"));
        var out = spec.commandLine().getOut();
        out.println("rekindle is running at " + server.link());
        out.flush();
        stopped.await();
        return 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
