package org.rekindle.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.sqlite.SQLiteException;

/**
 * Faults of the SQLite journal told as they are: a full disk as "disk full", a damaged file as
 * damaged (with the way back: an export), a read-only folder as read-only, a file replaced or
 * deleted under a running server as such, never as a generic failure or, worse, as a success
 * written to a file nobody will read again.
 */
final class SqliteFaults {

    private SqliteFaults() {
    }

    /** The fault behind {@code e}, or null when it is none of these. */
    static StoreException translate(Throwable e, Path db) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                String where = db == null ? "the journal" : db.toString();
                int primary = s.getResultCode().code & 0xff;
                switch (primary) {
                    case 13: // SQLITE_FULL
                        return diskFull(where, e);
                    case 11: // SQLITE_CORRUPT
                        return new JournalDamaged(where + " is damaged (" + s.getResultCode().message + ")", e);
                    case 8: // SQLITE_READONLY
                        return readOnly(db);
                    case 10: // SQLITE_IOERR: a full disk can surface as a failed write or fsync
                        if (noSpace(db)) {
                            return diskFull(where, e);
                        }
                        break;
                    default:
                        break;
                }
            }
            if (t instanceof IOException io && io.getMessage() != null && io.getMessage().contains("No space left")) {
                return diskFull(db == null ? "the journal" : db.toString(), e);
            }
        }
        return null;
    }

    static DiskFull diskFull(String where, Throwable e) {
        return new DiskFull("disk full: " + where + " could not be written; nothing of this change was kept and "
                + "the journal is as it was: free some space and try again", e);
    }

    static ReadOnlyJournal readOnly(Path db) {
        Path dir = db == null ? null : db.getParent();
        return new ReadOnlyJournal("the data folder " + (dir == null ? "" : dir + " ") + "is read-only: nothing can be "
                + "logged there, but status, history and export still work");
    }

    /** Whether the folder (or the file) cannot be written: then the journal is opened for reading only. */
    static boolean isReadOnly(Path dir, Path db) {
        try {
            if (Files.getFileStore(dir).isReadOnly()) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        return !Files.isWritable(dir) || (Files.exists(db) && !Files.isWritable(db));
    }

    private static boolean noSpace(Path db) {
        try {
            return db != null && Files.getFileStore(db.getParent()).getUsableSpace() < 64 * 1024;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * SQLite's quick structural check ({@code PRAGMA quick_check}): pages, b-trees, the free list.
     * Refuses a damaged file with a {@link JournalDamaged} before anything is read from or written to it.
     */
    static void quickCheck(DataSource source, Path db) {
        List<String> problems = check(source, db, "quick_check(3)");
        if (!problems.isEmpty()) {
            throw new JournalDamaged(db + " is damaged (" + String.join("; ", problems) + ")", null);
        }
    }

    /** The full {@code PRAGMA integrity_check}: the problems it found, empty when the file is sound. */
    static List<String> check(DataSource source, Path db, String pragma) {
        List<String> problems = new ArrayList<>();
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        } catch (SQLException e) {
            StoreException fault = translate(e, db);
            if (fault != null && !(fault instanceof JournalDamaged)) {
                throw fault; // not damage: a full disk, a read-only folder, a lock held too long
            }
            if (!isDamage(e)) {
                throw new StoreException("the journal could not be checked: " + e.getMessage(), e);
            }
            problems.add(e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s*\\R\\s*", " "));
        }
        return problems;
    }

    /** SQLITE_CORRUPT, SQLITE_NOTADB, or an I/O error with space to spare: the file is not a sound database. */
    private static boolean isDamage(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                return primary == 11 || primary == 26 || primary == 10; // 10: a short read of a truncated file
            }
        }
        return false;
    }

    /**
     * Which file the open connections are on: a server keeps connections open, and one kept to a file
     * since replaced or deleted would answer "stored" for writes nobody will ever read.
     */
    static final class FileIdentity {
        private final Path db;
        private volatile Object key;

        FileIdentity(Path db) {
            this.db = db;
            this.key = keyOf(db);
        }

        /** True when the file at the path is no longer the one the connections were opened on. */
        boolean changed() {
            Object now = keyOf(db);
            return now == null || !Objects.equals(now, key);
        }

        boolean gone() {
            return !Files.exists(db);
        }

        void accept() {
            key = keyOf(db);
        }

        private static Object keyOf(Path db) {
            try {
                BasicFileAttributes a = Files.readAttributes(db, BasicFileAttributes.class);
                Object k = a.fileKey();
                return k != null ? k : a.creationTime();
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
