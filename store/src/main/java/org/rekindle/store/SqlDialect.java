package org.rekindle.store;

import java.net.SocketException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What differs between the two databases, and nothing else: how SQL picks one field out of an
 * event's JSON, how an append queues behind another, where the migrations are, and what an error
 * means. The statements themselves are written once, in {@link JdbcJournalStore}.
 */
sealed interface SqlDialect {

    /** SQL for the one word the fold needs out of {@code e.payload} (see {@link EventCodec#FOLD_FIELDS}). */
    String foldChoice();

    /** A statement that locks the journey row {@code ?} until the transaction ends, or null when the transaction already holds the lock. */
    String lockJourney();

    /** The Flyway location of this database's migrations. */
    String migrations();

    /** Whether this error is the primary key or a unique index refusing a row. */
    boolean isUniqueViolation(SQLException e);

    /** What an error means, as a typed {@link StoreException}. */
    StoreException translate(SQLException e);

    /** {@code coalesce(...)} of each fold field as {@code pick} reads it out of the payload. */
    private static String coalesce(java.util.function.Function<String, String> pick) {
        return "coalesce(" + String.join(", ", EventCodec.FOLD_FIELDS.stream().map(pick).toList()) + ")";
    }

    /** The embedded default: one SQLite file; appends take the write lock up front ({@code BEGIN IMMEDIATE}). */
    record Sqlite(Path file) implements SqlDialect {

        @Override
        public String foldChoice() {
            return coalesce(f -> "json_extract(e.payload, '$." + f + "')");
        }

        @Override
        public String lockJourney() {
            return null; // the IMMEDIATE transaction took the write lock for the whole file
        }

        @Override
        public String migrations() {
            return "classpath:db/migration/sqlite";
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE);
        }

        @Override
        public StoreException translate(SQLException e) {
            StoreException fault = SqliteFaults.translate(e, file);
            if (fault != null) {
                return fault; // a full disk, a damaged file, a read-only folder: told as they are
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLiteException s) {
                    switch (s.getResultCode().code & 0xff) {
                        case 26: // SQLITE_NOTADB
                            return new NotOurDatabase(file, NotOurDatabase.Why.NOT_SQLITE, 0);
                        case 8: // SQLITE_READONLY
                        case 14: // SQLITE_CANTOPEN
                            return new DataFolderUnusable(file, DataFolderUnusable.Why.NOT_WRITABLE, s.getResultCode().message);
                        case 5: // SQLITE_BUSY
                            return new StoreBusy(file.toString(), e);
                        default:
                            break;
                    }
                }
            }
            return new StoreException("the journal failed: " + e.getMessage(), e);
        }
    }

    /** The multi-user server's PostgreSQL: an append locks its journey's row, so appends queue per journey. */
    record Postgres() implements SqlDialect {

        /** SQL states that mean "not now" rather than "wrong": shutdown, too many clients, out of resources. */
        private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "53300", "53400");

        @Override
        public String foldChoice() {
            return coalesce(f -> "e.payload::jsonb ->> '" + f + "'");
        }

        @Override
        public String lockJourney() {
            return "SELECT 1 FROM journey WHERE id = ? FOR UPDATE";
        }

        @Override
        public String migrations() {
            return "classpath:db/migration/postgresql";
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }

        @Override
        public StoreException translate(SQLException e) {
            if (isTransient(e)) {
                return new StoreUnavailable("the database is unavailable just now (" + Database.rootMessage(e) + ")",
                        false, e);
            }
            return new StoreException("the journal failed: " + e.getMessage(), e);
        }

        static boolean isTransient(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLTransientException || t instanceof SocketException || t instanceof java.io.EOFException) {
                    return true;
                }
                if (t instanceof SQLException s && s.getSQLState() != null
                        && (s.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(s.getSQLState()))) {
                    return true;
                }
            }
            return false;
        }
    }
}
