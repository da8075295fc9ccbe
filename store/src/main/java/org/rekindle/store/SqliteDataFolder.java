package org.rekindle.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

/**
 * The user's data folder and the {@code rekindle.db} in it, checked before anything touches them:
 * a file where the folder should be, a folder that cannot be written, a file that is not SQLite, a
 * SQLite file that is not ours or is newer than this build are each refused, with nothing written.
 */
final class SqliteDataFolder {

    static final String FILE_NAME = "rekindle.db";
    /** The newest schema this build knows: the highest V{n} migration in db/migration/sqlite. */
    static final int SCHEMA_VERSION = 30;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> OUR_TABLES = Set.of("journey", "event", "flyway_schema_history");

    private final Path dir;
    private final Path file;

    SqliteDataFolder(Path dataDir) {
        this.dir = dataDir.toAbsolutePath().normalize();
        this.file = dir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    Path dir() {
        return dir;
    }

    /** Whether a journal file is there already (an empty one is a database never written: see {@link #createPrivate}). */
    boolean exists() {
        try {
            return Files.exists(file) && !(Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            return true;
        }
    }

    /** An empty journal file, 0600 from birth: SQLite gives its -wal and -shm files the same permissions. */
    void createPrivate() {
        try {
            PrivateFiles.createFile(file);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another process made it a moment ago: PrivateFiles.secure checks its permissions
        } catch (IOException e) {
            throw new DataFolderUnusable(file, DataFolderUnusable.Why.NOT_WRITABLE, e.getMessage());
        }
    }

    /** The first bytes of the file are SQLite's (for a file found replaced under a running server). */
    void checkReplaced() {
        checkIsSqlite();
    }

    /**
     * Checks the folder for opening: for {@code create}, that it is (or can become) a writable
     * folder; else that the journal is there. Either way, an existing file must be SQLite.
     */
    void check(boolean create) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DataFolderUnusable(dir, DataFolderUnusable.Why.IS_A_FILE, null);
        }
        if (exists()) {
            checkIsSqlite();
        } else if (create) {
            ensureWritable();
        } else {
            throw new NoJourney();
        }
    }

    private void checkIsSqlite() {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException e) {
            throw new DataFolderUnusable(file, DataFolderUnusable.Why.NOT_READABLE, "permission denied");
        } catch (IOException e) {
            throw new DataFolderUnusable(file, DataFolderUnusable.Why.NOT_READABLE, e.getMessage());
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new NotOurDatabase(file, NotOurDatabase.Why.NOT_SQLITE, 0);
        }
    }

    private void ensureWritable() {
        try {
            PrivateFiles.createFolder(dir);
            Path probe = Files.createTempFile(dir, ".rekindle-write-check", ".tmp");
            Files.delete(probe);
        } catch (FileSystemException e) {
            throw new DataFolderUnusable(dir, DataFolderUnusable.Why.NOT_WRITABLE,
                    e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        } catch (IOException e) {
            throw new DataFolderUnusable(dir, DataFolderUnusable.Why.NOT_WRITABLE, e.getMessage());
        }
    }

    /**
     * Whether the existing journal is at this build's schema, so that Flyway (a measurable share of
     * a start-up) need not load at all; refuses a database that is not ours or is newer.
     */
    boolean isCurrent(DataSource source) throws SQLException {
        int current;
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.containsAll(OUR_TABLES)) {
                throw new NotOurDatabase(file, NotOurDatabase.Why.SOMEONE_ELSES, 0);
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1")) {
                rs.next();
                current = rs.getInt(1);
            }
        }
        if (current > SCHEMA_VERSION) {
            throw new NotOurDatabase(file, NotOurDatabase.Why.NEWER_SCHEMA, current);
        }
        return current == SCHEMA_VERSION;
    }
}
