package org.rekindle.app.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ServiceLoader;

/**
 * How {@code rekindle serve} starts the web without the command line knowing the web: the web
 * module provides this as a service ({@code META-INF/services}), the command line finds it with
 * {@link #discover()}. Neither imports the other; both speak through this application-layer seam.
 */
public interface WebServing {

    /**
     * Where the journal lives (the data folder, or with {@code database} the PostgreSQL address for
     * many people), where to listen, the token (null: a new random one), the clock, and a fixed
     * {@code asOf} day (null: the clock's).
     */
    record Options(Path dataDir, String database, String host, int port, String token, Clock clock, LocalDate asOf) {
    }

    /** A server that is listening. */
    interface Running extends AutoCloseable {
        /** The link to open (with the token on loopback), as {@code serve} prints it. */
        String link();

        @Override
        void close();
    }

    /** Starts listening; an {@link org.rekindle.app.InvalidInput} for options that cannot be served. */
    Running start(Options options);

    /** The web this build has, or null when it has none. */
    static WebServing discover() {
        return ServiceLoader.load(WebServing.class).findFirst().orElse(null);
    }
}
