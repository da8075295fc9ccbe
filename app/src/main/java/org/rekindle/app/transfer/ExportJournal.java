package org.rekindle.app.transfer;

import org.rekindle.app.Coaching;
import org.rekindle.store.JournalStore;

/** The whole journal as one JSON file: {@code rekindle export}, {@code GET /api/export}. */
public final class ExportJournal {

    public byte[] export(JournalStore store) {
        return JournalFile.write(new JournalFile.Contents(Coaching.record(store), store.events()));
    }
}
