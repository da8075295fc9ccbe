package org.rekindle.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;

/**
 * The multi-user server's database: one PostgreSQL shared by every app instance, reached through a
 * small pool, migrated by Flyway on start (instances starting together wait on Flyway's lock).
 * Hands out a {@link JournalStore} per account ({@link #journal}) and the {@link AccountStore}.
 *
 * <p>A database that cannot be reached right now (restarting, a connection dropped, the pool
 * exhausted for {@link #CONNECTION_TIMEOUT_MS}) is a {@link StoreUnavailable}; the pool reconnects by
 * itself once the server is back.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** How long a request waits for a connection before it is told the database is unavailable. */
    static final long CONNECTION_TIMEOUT_MS = 2_500;
    /** SQL states that mean "not now" rather than "wrong": connection failures, shutdown, too many clients. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "53300", "53400");

    private final HikariDataSource pool;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    private PostgresDatabase(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Connects to {@code postgresql://HOST:PORT/DB?user=U&password=P} (a {@code jdbc:} prefix is
     * accepted too) and migrates the schema. Refused with a users-to-fix {@link StoreException} when the
     * address is malformed or the server cannot be reached.
     */
    public static PostgresDatabase connect(String url, Clock clock) {
        String jdbc = jdbcUrl(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc);
        config.setPoolName("rekindle");
        config.setMaximumPoolSize(Integer.getInteger("rekindle.db.pool", 10));
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(1_000);
        config.setMaxLifetime(30 * 60_000);
        config.addDataSourceProperty("connectTimeout", "3");        // seconds: a dead server fails fast
        config.addDataSourceProperty("socketTimeout", "30");        // seconds: no request hangs for ever
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "rekindle");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot reach PostgreSQL at " + redacted(url) + " (" + rootMessage(e)
                    + "): check --db and that the server is running", true);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration/postgresql")
                    .loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the schema at " + redacted(url) + " (" + rootMessage(e) + ")", e);
        }
        return new PostgresDatabase(pool, clock);
    }

    static String jdbcUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new StoreException("--db is empty: give postgresql://HOST:PORT/DB?user=U&password=P", true);
        }
        String u = url.strip();
        if (u.startsWith("jdbc:")) {
            u = u.substring(5);
        }
        if (!u.startsWith("postgresql://")) {
            throw new StoreException("--db must look like postgresql://HOST:PORT/DB?user=U&password=P, not "
                    + redacted(url), true);
        }
        try {
            URI parsed = new URI(u);
            if (parsed.getHost() == null || parsed.getPath() == null || parsed.getPath().length() < 2) {
                throw new URISyntaxException(u, "a host and a database name are needed");
            }
        } catch (URISyntaxException e) {
            throw new StoreException("--db is not a valid address (" + e.getReason()
                    + "): give postgresql://HOST:PORT/DB?user=U&password=P", true);
        }
        return "jdbc:" + u;
    }

    /** The address with any password hidden, for messages and logs. */
    public static String redacted(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("://([^:/@]+):[^@/]*@", "://$1:***@");
    }

    /** The journal of one account: it sees and changes that account's journey only. */
    public JournalStore journal(long accountId) {
        return new PostgresJournalStore(this, accountId, clock, codec);
    }

    public AccountStore accounts() {
        return new AccountStore(this, clock);
    }

    /** The log-in limits, kept in this database so every instance counts the same attempts. */
    public LoginThrottle logins() {
        return new LoginThrottle(this, clock, LoginThrottle.Limits.DEFAULT);
    }

    /** Whether the database answers now (for /healthz). */
    public boolean reachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    // ---------------------------------------------------------------- running work

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    <T> T write(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone; the transaction went with it
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool evicts a broken connection
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    static StoreException translate(SQLException e) {
        if (isTransient(e)) {
            return new StoreUnavailable("the database is unavailable just now (" + rootMessage(e)
                    + "); try again in a moment", e);
        }
        return new StoreException("the journal failed: " + e.getMessage(), e);
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof java.net.SocketException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return redacted(m.replaceAll("\\s*\\R\\s*", " "));
    }
}
