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

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
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
    static final int SCHEMA_VERSION = 1;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Set<String> OUR_TABLES = Set.of("journey", "event", "flyway_schema_history");

    /** Whether opening may create the folder and the database, or only use what is there. */
    public enum Mode { CREATE, EXISTING }

    private final Jdbi jdbi;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    private SqliteJournalStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
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
        Jdbi jdbi = Jdbi.create(source);
        try {
            migrate(jdbi, source, db, exists);
        } catch (UnableToExecuteStatementException | org.jdbi.v3.core.ConnectionException e) {
            throw translate(e, db);
        }
        return new SqliteJournalStore(jdbi, clock);
    }

    /** Brings the schema up to date; a database already current pays one small query, not Flyway's start-up. */
    private static void migrate(Jdbi jdbi, SQLiteDataSource source, Path db, boolean existed) {
        if (existed) {
            int current = jdbi.withHandle(h -> {
                List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                        .mapTo(String.class).list();
                if (!tables.containsAll(OUR_TABLES)) {
                    throw userError(db + " is a SQLite database, but not rekindle's: move it away or pick another folder with --data-dir");
                }
                return h.createQuery("SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1")
                        .mapTo(Integer.class).one();
            });
            if (current > SCHEMA_VERSION) {
                throw userError(db + " was written by a newer rekindle (schema " + current
                        + "; this one knows " + SCHEMA_VERSION + "): update rekindle");
            }
            if (current == SCHEMA_VERSION) {
                return;
            }
        }
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
        return run(h -> h.createQuery("SELECT id, ex, breakup, ended_by, hurtful, cooling_days, created_at FROM journey ORDER BY id LIMIT 1")
                .map((rs, ctx) -> new JourneyRecord(rs.getLong("id"), rs.getString("ex"),
                        LocalDate.parse(rs.getString("breakup")), EndedBy.parse(rs.getString("ended_by")),
                        rs.getInt("hurtful") != 0, (Integer) rs.getObject("cooling_days"),
                        Instant.parse(rs.getString("created_at"))))
                .findOne());
    }

    @Override
    public JourneyRecord createJourney(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays) {
        Instant now = clock.instant();
        long id = run(h -> h.inTransaction(tx -> {
            if (tx.createQuery("SELECT count(*) FROM journey").mapTo(Integer.class).one() > 0) {
                throw userError("a journey already exists in this data folder: see it with 'rekindle status', "
                        + "or use another --data-dir for a new one");
            }
            return tx.createUpdate("INSERT INTO journey (ex, breakup, ended_by, hurtful, cooling_days, created_at) "
                            + "VALUES (:ex, :breakup, :endedBy, :hurtful, :cooling, :created)")
                    .bind("ex", ex).bind("breakup", breakup.toString()).bind("endedBy", endedBy.word())
                    .bind("hurtful", hurtful ? 1 : 0).bind("cooling", coolingDays).bind("created", now.toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }));
        return new JourneyRecord(id, ex, breakup, endedBy, hurtful, coolingDays, now);
    }

    @Override
    public List<StoredEvent> events(long journeyId) {
        return run(h -> h.createQuery("SELECT version, kind, at, payload, recorded_at FROM event WHERE journey_id = :j ORDER BY version")
                .bind("j", journeyId)
                .map((rs, ctx) -> new StoredEvent(rs.getLong(1),
                        codec.decode(rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4)),
                        Instant.parse(rs.getString(5))))
                .list());
    }

    @Override
    public long append(long journeyId, JournalEvent event) {
        return run(h -> h.inTransaction(tx -> insert(tx, journeyId, currentVersion(tx, journeyId), event)));
    }

    @Override
    public long append(long journeyId, long expectedVersion, JournalEvent event) {
        return run(h -> h.inTransaction(tx -> {
            if (currentVersion(tx, journeyId) != expectedVersion) {
                throw new VersionConflict(journeyId, expectedVersion);
            }
            return insert(tx, journeyId, expectedVersion, event);
        }));
    }

    private long currentVersion(Handle tx, long journeyId) {
        return tx.createQuery("SELECT coalesce(max(version), 0) FROM event WHERE journey_id = :j")
                .bind("j", journeyId).mapTo(Long.class).one();
    }

    private long insert(Handle tx, long journeyId, long after, JournalEvent event) {
        long version = after + 1;
        tx.createUpdate("INSERT INTO event (journey_id, version, kind, at, payload, recorded_at) "
                        + "VALUES (:j, :v, :kind, :at, :payload, :recorded)")
                .bind("j", journeyId).bind("v", version).bind("kind", event.kind())
                .bind("at", event.at().toString()).bind("payload", codec.payload(event))
                .bind("recorded", clock.instant().toString())
                .execute();
        return version;
    }

    private <T> T run(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (UnableToExecuteStatementException | org.jdbi.v3.core.ConnectionException
                 | org.jdbi.v3.core.transaction.TransactionException e) {
            throw translate(e, null);
        }
    }

    private static StoreException translate(RuntimeException e, Path db) {
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
        // Connections are opened per call and closed by Jdbi; nothing is held between calls.
    }
}
