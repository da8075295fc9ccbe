package org.rekindle.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.rekindle.app.Workspace;
import org.rekindle.store.SqliteJournalStore;

/**
 * The data folder as the server sees it: one store opened on first need and kept (SQLite opens a
 * connection per call and takes the write lock per append, so the CLI can log at the same time),
 * and "today": the {@code --as-of} day, else the clock's.
 */
class Journal {

    private final Path dataDir;
    private final Clock clock;
    private final LocalDate asOf;
    private volatile SqliteJournalStore store;

    Journal(Path dataDir, Clock clock, LocalDate asOf) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.asOf = asOf;
    }

    /** The moment a correction is asked for: the 24-hour limit on retracting a final no is measured to it. */
    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    Path dataDir() {
        return dataDir;
    }

    private volatile org.rekindle.store.JourneyRecord journey;

    /** The journey, read once: its row is never changed, only the events after it grow. */
    org.rekindle.store.JourneyRecord record(Workspace w) {
        org.rekindle.store.JourneyRecord r = journey;
        if (r == null) {
            r = w.record();
            journey = r;
        }
        return r;
    }

    /** The workspace for one request; {@code create} only for starting a journey. */
    Workspace workspace(boolean create) {
        SqliteJournalStore s = store;
        if (s == null) {
            synchronized (this) {
                if (store == null) {
                    if (!create && !Files.exists(dataDir.resolve(SqliteJournalStore.FILE_NAME))) {
                        throw new Workspace.NoJourney("no journey yet in this data folder: start one on the setup page "
                                + "or with POST /api/journey");
                    }
                    store = SqliteJournalStore.open(dataDir, create ? SqliteJournalStore.Mode.CREATE
                            : SqliteJournalStore.Mode.EXISTING, clock);
                }
                s = store;
            }
        }
        return new Workspace(s, today());
    }
}
