package org.rekindle.cli;

import java.util.concurrent.CountDownLatch;

import org.rekindle.app.UserError;
import org.rekindle.store.PostgresDatabase;
import org.rekindle.web.WebServer;

/**
 * {@code rekindle serve --db postgresql://…}: the multi-user server. Any number of these may run on
 * one database behind a load balancer (docs/deploy.md); each migrates the schema on start (Flyway
 * takes a lock, so they may start together) and keeps nothing of its own between requests.
 */
final class MultiUserServe {

    private MultiUserServe() {
    }

    static int run(ServeCommand serve, String url) throws InterruptedException {
        PostgresDatabase database = PostgresDatabase.connect(url, serve.root.clock());
        WebServer server;
        try {
            WebServer.Options options = new WebServer.Options(serve.root.dataDir(), serve.host, serve.port, null,
                    serve.root.clock(), serve.root.asOf, new ReviewerDraftChecker());
            server = WebServer.start(options, database);
        } catch (IllegalArgumentException | IllegalStateException e) {
            database.close();
            throw new UserError(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }, "rekindle-serve-stop"));
        var out = serve.spec.commandLine().getOut();
        out.println("rekindle is running at " + server.baseUrl() + "/ (multi-user on PostgreSQL "
                + PostgresDatabase.redacted(url) + "): sign up at /signup");
        out.flush();
        stopped.await();
        return 0;
    }
}
