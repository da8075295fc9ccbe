package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's file changing under a running server: deleted, replaced, damaged. An append is
 * never answered 201 while it went to a file nobody will read again.
 */
class JournalFileFaultsTest {

    @TempDir
    Path tmp;

    @Test
    void aDeletedFileIsRefusedNotWrittenToAGhost() throws IOException {
        Path dir = tmp.resolve("a");
        try (Served s = new Served(dir)) {
            s.startJourney();
            assertThat(s.get("/api/status").status()).isEqualTo(200);
            Files.delete(dir.resolve("rekindle.db"));
            Served.Reply r = s.postJson("/api/events", Map.of("kind", "reply", "at", "2026-10-02"));
            assertThat(r.status()).as(r.body()).isEqualTo(503);
            assertThat(r.detail()).contains("removed");
        }
    }

    @Test
    void aReplacedFileIsRefusedUntilARestartThenOpenedClean() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        try (var other = org.rekindle.store.Database.sqlite(b, org.rekindle.store.Database.Mode.CREATE,
                java.time.Clock.systemUTC())) { // closed: everything is in rekindle.db, nothing left in a -wal
            other.journal().createJourney("Sam", java.time.LocalDate.of(2026, 9, 1), org.rekindle.journey.EndedBy.ME, false, null);
            other.journal().append(new org.rekindle.journey.JournalEvent.TextSent(java.time.LocalDate.of(2026, 10, 1), "from b"));
        }
        byte[] replacement = Files.readAllBytes(b.resolve("rekindle.db"));
        try (Served s = new Served(a)) {
            s.startJourney();
            assertThat(s.get("/api/events").body()).doesNotContain("from b");
            Files.write(a.resolve("rekindle.db.new"), replacement);
            Files.move(a.resolve("rekindle.db.new"), a.resolve("rekindle.db"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Served.Reply r = s.postJson("/api/events", Map.of("kind", "reply", "at", "2026-10-02"));
            assertThat(r.status()).as(r.body()).isEqualTo(503);
            assertThat(r.detail()).contains("replaced", "restart");
            assertThat(s.get("/api/events").status()).isEqualTo(503);
        }
        assertThat(Files.readAllBytes(a.resolve("rekindle.db"))).as("nothing written to the new file").isEqualTo(replacement);
    }

    @Test
    void aDamagedFileIsA503WithTheWayBack() throws IOException {
        Path dir = tmp.resolve("a");
        try (var store = org.rekindle.store.Database.sqlite(dir, org.rekindle.store.Database.Mode.CREATE,
                java.time.Clock.systemUTC())) {
            var journal = store.journal();
            journal.createJourney("Sam", java.time.LocalDate.of(2026, 9, 1), org.rekindle.journey.EndedBy.ME, false, null);
            for (int i = 0; i < 50; i++) {
                journal.append(new org.rekindle.journey.JournalEvent.TextSent(java.time.LocalDate.of(2026, 10, 1), "words ".repeat(100)));
            }
        }
        Path db = dir.resolve("rekindle.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(Files.size(db) / 2);
        }
        try (Served s = new Served(dir)) {
            for (String path : new String[] {"/api/status", "/api/events", "/api/plan"}) {
                Served.Reply r = s.get(path);
                assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(503);
                assertThat(r.detail()).contains("damaged", "restore from an export");
            }
        }
    }
}
