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

    /** The SQLite file the pool's connections are on (null on PostgreSQL): a file replaced or deleted under us is noticed. */
    private SqliteFaults.FileIdentity identity;
    private SqliteDataFolder folder;
    /** Set when the journal could be opened for reading only because the disk is full: every write says so. */
    private volatile StoreException writesRefused;

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
        if (!existed) {
            folder.createPrivate();
        }
        PrivateFiles.secure(folder.dir());
        boolean readOnly = existed && SqliteFaults.isReadOnly(folder.dir(), folder.file());
        try {
            return sqlite(folder, existed, readOnly, clock);
        } catch (DiskFull full) {
            if (!existed || readOnly) {
                throw full;
            }
            // no room even for SQLite's shared-memory file: read the journal as it stands, refuse writes as "disk full"
            Database db = sqlite(folder, true, true, clock);
            db.writesRefused = full;
            return db;
        }
    }

    private static Database sqlite(SqliteDataFolder folder, boolean existed, boolean readOnly, Clock clock) {
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            // no -shm can be made in a read-only folder, so no WAL locking either: read the file as it
            // stands (a journal closed cleanly has nothing left in a -wal file)
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(readOnly ? "jdbc:sqlite:file:" + folder.file() + "?immutable=1" : "jdbc:sqlite:" + folder.file());
        SqlDialect dialect = new SqlDialect.Sqlite(folder.file());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        pool.setPoolName("rekindle-sqlite");
        pool.setReadOnly(readOnly);             // else the pool asks each read-only SQLite connection to become writable, and it refuses
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(0);                 // a command opens one connection when it first needs it
        pool.setInitializationFailTimeout(-1);  // and none at start: the folder checks above said what is wrong
        pool.setConnectionTimeout(20_000);      // above SQLite's own busy wait, which says "busy" itself
        HikariDataSource ds = new HikariDataSource(pool);
        Database db;
        try {
            if (existed) {
                // a damaged file is told as such before anything touches it; asked without the pool, which
                // would keep retrying a file that cannot be opened for its whole connection timeout
                SqliteFaults.quickCheck(source, folder.file());
            }
            if (!existed || (!folder.isCurrent(ds) && !readOnly)) {
                migrate(ds, dialect);
            }
            db = new Database(ds, dialect, clock);
            db.folder = folder;
            db.identity = new SqliteFaults.FileIdentity(folder.file());
            db.codec.key = db.read(JournalKey::read);
        } catch (SQLException e) {
            ds.close();
            throw dialect.translate(e);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return db;
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

    /** The log-in limits, kept in this database so every instance counts the same attempts. */
    public LoginThrottle logins() {
        return new LoginThrottle(this, clock, LoginThrottle.Limits.DEFAULT);
    }

    // ---------------------------------------------------------------- the SQLite file: soundness, encryption

    /** {@code PRAGMA integrity_check} on the whole SQLite file: the problems found, empty when it is sound. */
    public java.util.List<String> integrityProblems() {
        return SqliteFaults.check(pool, folder.file(), "integrity_check(20)");
    }

    /** Whether the journal's free text is encrypted at rest. */
    public boolean isEncrypted() {
        return codec.key != null;
    }

    /**
     * Encrypts the journal's free text in place under {@code passphrase}, all in one transaction;
     * then rewrites the file so that no clear copy of it is left in free pages or the WAL.
     */
    public void encrypt(char[] passphrase) {
        codec.key = write(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA secure_delete = ON"); // pages freed by the rewrite are zeroed, not left holding clear text
            }
            return JournalKey.encrypt(c, passphrase);
        });
        pool.getHikariPoolMXBean().softEvictConnections();
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA secure_delete = ON");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw dialect.translate(e);
        }
    }

    /** Decrypts the journal's free text in place (the passphrase must be right), in one transaction. */
    public void decrypt() {
        write(c -> {
            JournalKey.decrypt(c);
            return null;
        });
        codec.key = null;
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
        if (identity != null && writesRefused == null && !pool.isClosed()) {
            // fold the WAL into the file now: the pool closes its connections in the background, and a
            // copy of rekindle.db taken right after close must hold everything
            try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException | RuntimeException e) {
                // read-only, busy, or gone: closing goes on; SQLite checkpoints on the last close anyway
            }
        }
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
        sameFile();
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
        if (writesRefused != null) {
            throw SqliteFaults.diskFull(folder.file().toString(), writesRefused);
        }
        sameFile();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    // SQLite already rolled back (a full disk does), or the connection is gone: the first error is the one to tell
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw dialect.translate(e);
        }
    }

    /**
     * The SQLite file at our path is still the one the pool's connections have open. Deleted or
     * replaced under a running server, it is refused (503) until rekindle is started again: never
     * written to a ghost, and never opened next to the old file's -wal and -shm, which SQLite would
     * replay onto the new one. Stopping lets the old connections fold their WAL into the old file
     * and remove it, so the next start opens the new file clean.
     */
    private void sameFile() {
        SqliteFaults.FileIdentity id = identity;
        if (id == null || !id.changed()) {
            return;
        }
        throw new StoreUnavailable(folder.file() + (id.gone() ? " was removed" : " was replaced")
                + " while rekindle was running: nothing more is read from or written to it here; restart rekindle "
                + "to open what is there now (or put the file back)", false, null);
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
