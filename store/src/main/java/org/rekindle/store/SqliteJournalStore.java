package org.rekindle.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;

import org.flywaydb.core.Flyway;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded default: one SQLite file, {@code rekindle.db}, in the user's data folder. WAL mode
 * so a reader never blocks the writer; appends take the write lock up front ({@code BEGIN
 * IMMEDIATE}) so two processes logging at the same moment both land, one after the other.
 *
 * <p>Opening checks the folder before touching it: a file where a folder should be, a folder that
 * cannot be written, a file that is not a SQLite database, or one that is not rekindle's, are all
 * refused with the fix in the message and nothing written.
 */
public final class SqliteJournalStore implements JournalStore {

    public static final String FILE_NAME = "rekindle.db";
    /** The newest schema this build knows: the highest V{n} migration in db/migration/sqlite. */
    static final int SCHEMA_VERSION = 20;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Set<String> OUR_TABLES = Set.of("journey", "event", "flyway_schema_history");

    /** Whether opening may create the folder and the database, or only use what is there. */
    public enum Mode { CREATE, EXISTING }

    private final SQLiteDataSource source;
    /**
     * Connections kept open between calls. A command line run uses one; a server answering many
     * requests would otherwise open the file and set its pragmas on every call.
     */
    private final java.util.concurrent.BlockingQueue<Connection> idle = new java.util.concurrent.ArrayBlockingQueue<>(32);
    private volatile boolean closed;
    private final Path db;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    private SqliteJournalStore(SQLiteDataSource source, Path db, Clock clock) {
        this.source = source;
        this.db = db;
        this.clock = clock;
    }

    public static SqliteJournalStore open(Path dataDir, Mode mode, Clock clock) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path db = dir.resolve(FILE_NAME);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw userError("the data folder " + dir + " is a file, not a folder: pick a folder with --data-dir");
        }
        boolean exists = Files.exists(db);
        if (!exists && mode == Mode.EXISTING) {
            throw userError("no journey yet in " + dir
                    + ": start one with 'rekindle init --ex NAME --breakup YYYY-MM-DD'");
        }
        if (exists) {
            checkIsSqlite(db);
        } else {
            ensureWritableFolder(dir);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + db);
        try {
            migrate(source, db, exists);
        } catch (SQLException e) {
            throw translate(e, db);
        }
        return new SqliteJournalStore(source, db, clock);
    }

    /** Brings the schema up to date; a database already current pays one small query, not Flyway's start-up. */
    private static void migrate(SQLiteDataSource source, Path db, boolean existed) throws SQLException {
        if (existed) {
            int current;
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                Set<String> tables = new java.util.HashSet<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                if (!tables.containsAll(OUR_TABLES)) {
                    throw userError(db + " is a SQLite database, but not rekindle's: move it away or pick another folder with --data-dir");
                }
                try (ResultSet rs = s.executeQuery(
                        "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1")) {
                    rs.next();
                    current = rs.getInt(1);
                }
            }
            if (current > SCHEMA_VERSION) {
                throw userError(db + " was written by a newer rekindle (schema " + current
                        + "; this one knows " + SCHEMA_VERSION + "): update rekindle");
            }
            if (current == SCHEMA_VERSION) {
                return;
            }
        }
        // Flyway loads only here: a journal already at the current schema never pays for it.
        Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite")
                .loggers("slf4j").load().migrate();
    }

    private static void checkIsSqlite(Path db) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(db)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException e) {
            throw userError("cannot read " + db + ": permission denied; fix its permissions or pick another --data-dir");
        } catch (IOException e) {
            throw userError("cannot read " + db + ": " + e.getMessage() + "; pick another --data-dir");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw userError(db + " is not a rekindle database (not even SQLite): move it away or pick another folder with --data-dir");
        }
    }

    private static void ensureWritableFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".rekindle-write-check", ".tmp");
            Files.delete(probe);
        } catch (FileSystemException e) {
            throw userError("cannot write to the data folder " + dir + " (" + reason(e)
                    + "): pick a writable folder with --data-dir or REKINDLE_HOME");
        } catch (IOException e) {
            throw userError("cannot write to the data folder " + dir + " (" + e.getMessage()
                    + "): pick a writable folder with --data-dir or REKINDLE_HOME");
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    @Override
    public Optional<JourneyRecord> journey() {
        return read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, ex, breakup, ended_by, hurtful, cooling_days, created_at FROM journey ORDER BY id LIMIT 1");
                 ResultSet rs = q.executeQuery()) {
                return Rows.journey(rs);
            }
        });
    }

    @Override
    public JourneyRecord createJourney(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays) {
        Instant now = clock.instant();
        long id = write(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM journey");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw userError("a journey already exists in this data folder: see it with 'rekindle status', "
                            + "or use another --data-dir for a new one");
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO journey (ex, breakup, ended_by, hurtful, cooling_days, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, ex);
                insert.setString(2, breakup.toString());
                insert.setString(3, endedBy.word());
                insert.setInt(4, hurtful ? 1 : 0);
                insert.setObject(5, coolingDays);
                insert.setString(6, now.toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new JourneyRecord(id, ex, breakup, endedBy, hurtful, coolingDays, now);
    }

    @Override
    public List<StoredEvent> events(long journeyId) {
        return read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT version, kind, at, payload, recorded_at FROM event WHERE journey_id = ? ORDER BY version")) {
                q.setLong(1, journeyId);
                try (ResultSet rs = q.executeQuery()) {
                    return Rows.storedEvents(rs, codec);
                }
            }
        });
    }

    @Override
    public List<JournalEvent> journal(long journeyId) {
        return read(c -> {
            // SQLite picks the one word the fold needs out of the payload; no JSON is parsed here.
            try (PreparedStatement q = c.prepareStatement("SELECT kind, at, coalesce(json_extract(payload, '$.meeting'), "
                    + "json_extract(payload, '$.outcome'), json_extract(payload, '$.response')) "
                    + "FROM event WHERE journey_id = ? AND kind <> 'journal' ORDER BY version")) {
                q.setLong(1, journeyId);
                try (ResultSet rs = q.executeQuery()) {
                    return Rows.foldEvents(rs, codec);
                }
            }
        });
    }

    @Override
    public long version(long journeyId) {
        return read(c -> currentVersion(c, journeyId));
    }

    @Override
    public long append(long journeyId, JournalEvent event) {
        return write(c -> insert(c, journeyId, currentVersion(c, journeyId), event));
    }

    @Override
    public long append(long journeyId, long expectedVersion, JournalEvent event) {
        return write(c -> {
            if (currentVersion(c, journeyId) != expectedVersion) {
                throw new VersionConflict(journeyId, expectedVersion);
            }
            return insert(c, journeyId, expectedVersion, event);
        });
    }

    private static long currentVersion(Connection c, long journeyId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT coalesce(max(version), 0) FROM event WHERE journey_id = ?")) {
            q.setLong(1, journeyId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long insert(Connection c, long journeyId, long after, JournalEvent event) throws SQLException {
        long version = after + 1;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO event (journey_id, version, kind, at, payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, journeyId);
            insert.setLong(2, version);
            insert.setString(3, event.kind());
            insert.setString(4, event.at().toString());
            insert.setString(5, codec.payload(event));
            insert.setString(6, clock.instant().toString());
            insert.executeUpdate();
        }
        return version;
    }

    @Override
    public JourneyRecord restore(JourneyRecord j, List<StoredEvent> events) {
        long id = write(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM journey");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw userError("a journey already exists in this data folder: import only into an empty one "
                            + "(pick another --data-dir)");
                }
            }
            long journeyId;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO journey (ex, breakup, ended_by, hurtful, cooling_days, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, j.ex());
                insert.setString(2, j.breakup().toString());
                insert.setString(3, j.endedBy().word());
                insert.setInt(4, j.hurtful() ? 1 : 0);
                insert.setObject(5, j.coolingDays());
                insert.setString(6, j.createdAt().toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    journeyId = keys.getLong(1);
                }
            }
            Rows.insertEvents(c, journeyId, events, codec);
            return journeyId;
        });
        return new JourneyRecord(id, j.ex(), j.breakup(), j.endedBy(), j.hurtful(), j.coolingDays(), j.createdAt());
    }

    /** Work that only reads: one connection, no transaction of our own. */
    private <T> T read(Work<T> work) {
        Connection c = null;
        try {
            c = borrow();
            T result = work.run(c);
            giveBack(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw translate(e, db);
        } finally {
            discard(c);
        }
    }

    private Connection borrow() throws SQLException {
        Connection c = idle.poll();
        return c != null ? c : source.getConnection();
    }

    private void giveBack(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        if (closed || !idle.offer(c)) {
            c.close();
        }
    }

    /** A connection that saw an error is closed, not reused. */
    private static void discard(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }

    /**
     * Work that writes, in one transaction begun IMMEDIATE (the connection's transaction mode), so
     * the write lock is taken before the current version is read and concurrent writers queue.
     */
    private <T> T write(Work<T> work) {
        Connection c = null;
        try {
            c = borrow();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                giveBack(c);
                c = null;
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e, db);
        } finally {
            discard(c);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static StoreException translate(Exception e, Path db) {
        Throwable c = e;
        while (c != null && !(c instanceof SQLiteException)) {
            c = c.getCause();
        }
        if (c instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            String where = db == null ? "the journal" : db.toString();
            switch (code.code & 0xff) {
                case 26: // SQLITE_NOTADB
                    return userError(where + " is not a rekindle database: move it away or pick another --data-dir");
                case 8: // SQLITE_READONLY
                case 14: // SQLITE_CANTOPEN
                    return userError("cannot write " + where + " (" + code.message + "): fix its permissions or pick another --data-dir");
                case 5: // SQLITE_BUSY
                    return new StoreException(where + " stayed busy: another rekindle is writing; try again", false);
                default:
                    break;
            }
        }
        return new StoreException("the journal failed: " + e.getMessage(), e);
    }

    private static StoreException userError(String message) {
        return new StoreException(message, true);
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = idle.poll()) != null; ) {
            discard(c);
        }
    }
}
