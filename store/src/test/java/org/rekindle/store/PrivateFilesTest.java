package org.rekindle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;

/** The data folder is private to its owner whatever the umask: 0700, and every file in it 0600. */
class PrivateFilesTest {

    @TempDir
    Path tmp;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewJournalIsPrivateFromBirthWalAndShmIncluded() throws IOException {
        Path dir = tmp.resolve("deep/new/rekindle");
        try (Database s = Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC())) {
            s.journal().createJourney("Sam", LocalDate.of(2026, 9, 1), EndedBy.ME, false, null);
            s.journal().append(new JournalEvent.TextSent(LocalDate.of(2026, 10, 1), "private words"));
            assertThat(mode(dir)).isEqualTo("rwx------");
            try (var files = Files.list(dir)) {
                var names = files.map(f -> f.getFileName().toString()).toList();
                assertThat(names).contains("rekindle.db", "rekindle.db-wal", "rekindle.db-shm");
            }
            for (String f : new String[] {"rekindle.db", "rekindle.db-wal", "rekindle.db-shm"}) {
                assertThat(mode(dir.resolve(f))).as(f).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aFolderLeftOpenToEveryoneIsTightenedOnOpen() throws IOException {
        Path dir = tmp.resolve("open");
        try (Database s = Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC())) {
            s.journal().createJourney("Sam", LocalDate.of(2026, 9, 1), EndedBy.ME, false, null);
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // as under umask 000
        Files.setPosixFilePermissions(dir.resolve("rekindle.db"), PosixFilePermissions.fromString("rw-rw-rw-"));
        try (Database s = Database.sqlite(dir, Database.Mode.EXISTING, Clock.systemUTC())) {
            assertThat(s.journal().journey()).isPresent();
        }
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("rekindle.db"))).isEqualTo("rw-------");
    }

    @Test
    void aFolderHoldingOtherThingsKeepsItsModeButOurFilesArePrivate() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("home"));
        Files.writeString(dir.resolve("notes.txt"), "someone else's");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("notes.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        try (Database s = Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC())) {
            s.journal().createJourney("Sam", LocalDate.of(2026, 9, 1), EndedBy.ME, false, null);
        }
        assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
        assertThat(mode(dir.resolve("notes.txt"))).isEqualTo("rw-r--r--");
        assertThat(mode(dir.resolve("rekindle.db"))).isEqualTo("rw-------");
    }
}
