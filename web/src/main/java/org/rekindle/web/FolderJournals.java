package org.rekindle.web;

import java.nio.file.Path;
import java.time.Clock;

import io.javalin.http.Context;

import org.rekindle.store.Database;
import org.rekindle.store.JournalStore;

/**
 * The data folder as the single-user server sees it: opened on first need (created only to start a
 * journey) and kept; SQLite takes the write lock per append, so the command line can log meanwhile.
 */
final class FolderJournals implements JournalSource, AutoCloseable {

    private final Path dataDir;
    private final Clock clock;
    private volatile Database db;
    private volatile JournalStore store;

    FolderJournals(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    @Override
    public JournalStore journal(Context ctx) {
        return open(Database.Mode.EXISTING);
    }

    @Override
    public JournalStore forNewJourney(Context ctx) {
        return open(Database.Mode.CREATE);
    }

    private JournalStore open(Database.Mode mode) {
        JournalStore s = store;
        if (s == null) {
            synchronized (this) {
                if (store == null) {
                    db = Database.sqlite(dataDir, mode, clock); // EXISTING on an empty folder: NoJourney, nothing made
                    store = db.journal();
                }
                s = store;
            }
        }
        return s;
    }

    @Override
    public Object cacheKey(Context ctx) {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            db.close();
        }
    }
}
