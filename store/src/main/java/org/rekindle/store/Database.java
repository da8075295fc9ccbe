package org.rekindle.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where journals live: the data folder's SQLite file ({@link #sqlite}) or the shared PostgreSQL
 * ({@link #postgres}), reached through one HikariCP pool either way and migrated by Flyway on
 * open. Hands out a {@link JournalStore} scoped to the folder's journey or to one account's, and
 * the {@link AccountStore}.
 */
public final class Database implements AutoCloseable {

    /** How long a request waits for a connection before the database counts as unavailable. */
    static final long CONNECTION_TIMEOUT_MS = 2_500;

    /** Whether opening the data folder may create the folder and the journal, or only use what is there. */
    public enum Mode { CREATE, EXISTING }

    private final HikariDataSource pool;
    private final SqlDialect dialect;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    private Database(HikariDataSource pool, SqlDialect dialect, Clock clock) {
        this.pool = pool;
        this.dialect = dialect;
        this.clock = clock;
    }

    /**
     * The data folder's journal: {@code rekindle.db}, in WAL mode so a reader never blocks the writer;
     * appends take the write lock up front so two processes logging at once both land. The folder is
     * checked first ({@link SqliteDataFolder}); {@link Mode#EXISTING} without a journal is a {@link NoJourney}.
     */
    public static Database sqlite(Path dataDir, Mode mode, Clock clock) {
        SqliteDataFolder folder = new SqliteDataFolder(dataDir);
        folder.check(mode == Mode.CREATE);
        boolean existed = folder.exists();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + folder.file());
        SqlDialect dialect = new SqlDialect.Sqlite(folder.file());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        pool.setPoolName("rekindle-sqlite");
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(0);                 // a command opens one connection when it first needs it
        pool.setInitializationFailTimeout(-1);  // and none at start: the folder checks above said what is wrong
        pool.setConnectionTimeout(20_000);      // above SQLite's own busy wait, which says "busy" itself
        HikariDataSource ds = new HikariDataSource(pool);
        try {
            if (!existed || !folder.isCurrent(ds)) {
                migrate(ds, dialect);
            }
        } catch (SQLException e) {
            ds.close();
            throw dialect.translate(e);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, dialect, clock);
    }

    /**
     * The multi-user server's database at {@code postgresql://HOST:PORT/DB?user=U&password=P} (a
     * {@code jdbc:} prefix is accepted too), migrated on connect (instances starting together wait
     * on Flyway's lock). A {@link BadDatabaseAddress} or a {@link StoreUnavailable} when it cannot be used.
     */
    public static Database postgres(String url, Clock clock) {
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
            throw new StoreUnavailable("cannot reach PostgreSQL at " + redacted(url) + " (" + rootMessage(e) + ")", true, e);
        }
        SqlDialect dialect = new SqlDialect.Postgres();
        try {
            migrate(pool, dialect);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the schema at " + redacted(url) + " (" + rootMessage(e) + ")", e);
        }
        return new Database(pool, dialect, clock);
    }

    private static void migrate(HikariDataSource pool, SqlDialect dialect) {
        // Flyway loads only here: a journal already at the current schema never pays for it.
        Flyway.configure().dataSource(pool).locations(dialect.migrations()).loggers("slf4j").load().migrate();
    }

    /** The JDBC address for a {@code postgresql://} one; a {@link BadDatabaseAddress} when it is not one. */
    public static String jdbcUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new BadDatabaseAddress("", "it is empty");
        }
        String u = url.strip();
        if (u.startsWith("jdbc:")) {
            u = u.substring(5);
        }
        if (!u.startsWith("postgresql://")) {
            throw new BadDatabaseAddress(redacted(url), "it does not start with postgresql://");
        }
        try {
            URI parsed = new URI(u);
            if (parsed.getHost() == null || parsed.getPath() == null || parsed.getPath().length() < 2) {
                throw new URISyntaxException(u, "a host and a database name are needed");
            }
        } catch (URISyntaxException e) {
            throw new BadDatabaseAddress(redacted(url), e.getReason());
        }
        return "jdbc:" + u;
    }

    /** The address with any password hidden, for messages and logs. */
    public static String redacted(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("://([^:/@]+):[^@/]*@", "://$1:***@");
    }

    /** The data folder's one journey (SQLite): the journey with no account. */
    public JournalStore journal() {
        return new JdbcJournalStore(this, null);
    }

    /** One account's journal: it sees and changes that account's journey only. */
    public JournalStore journal(long accountId) {
        return new JdbcJournalStore(this, accountId);
    }

    public AccountStore accounts() {
        return new AccountStore(this, clock);
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

    SqlDialect dialect() {
        return dialect;
    }

    Clock clock() {
        return clock;
    }

    EventCodec codec() {
        return codec;
    }

    // ---------------------------------------------------------------- running work

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Work that only reads: one connection, no transaction of our own. */
    <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw dialect.translate(e);
        }
    }

    /**
     * Work that writes, in one transaction (on SQLite begun IMMEDIATE, so the write lock is taken
     * before anything is read and concurrent writers queue).
     */
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
            }
        } catch (SQLException e) {
            throw dialect.translate(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return redacted(m.replaceAll("\\s*\\R\\s*", " "));
    }
}
