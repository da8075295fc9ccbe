package org.rekindle.app.transfer;

import org.rekindle.store.JournalStore;

/**
 * Puts an exported journal back, into an empty data folder or account: {@code rekindle import},
 * {@code POST /api/import}. The whole file is checked before anything is stored; a
 * {@link org.rekindle.store.JourneyExists} (and nothing stored) when a journey is there already.
 */
public final class ImportJournal {

    /** What was imported: how many events, and whose journey. */
    public record Imported(int events, String ex) {
    }

    /** Reads and checks the file alone, as of {@code today}; {@code name} is how messages call it (a path, or "the file"). */
    public JournalFile.Contents read(byte[] file, String name, java.time.LocalDate today) {
        return JournalFile.read(file, name, today);
    }

    public Imported restore(JournalStore store, JournalFile.Contents contents) {
        store.restore(contents.journey(), contents.events());
        return new Imported(contents.events().size(), contents.journey().ex());
    }
}
