package org.rekindle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;
import org.rekindle.store.SqliteJournalStore.Mode;

class SqliteJournalStoreTest extends JournalStoreContract {

    @TempDir
    Path dir;

    @Override
    JournalStore fresh() {
        return SqliteJournalStore.open(dir, Mode.CREATE, Clock.systemUTC());
    }

    @Override
    JournalStore again() {
        return SqliteJournalStore.open(dir, Mode.EXISTING, Clock.systemUTC());
    }

    @Test
    void storedEventsCannotBeRewrittenOrRemoved() throws SQLException {
        try (JournalStore store = fresh()) {
            long j = store.createJourney("Sam", BREAKUP, EndedBy.MUTUAL, false, null).id();
            store.append(j, new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rekindle.db"));
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE event SET at = '2020-01-01'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM event")).hasMessageContaining("append-only");
        }
    }

    @Test
    void theJournalIsInWalMode() throws SQLException {
        fresh().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rekindle.db"));
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void readingAFolderWithNoJourneyCreatesNothing() {
        Path empty = dir.resolve("nothing-here");
        assertThatThrownBy(() -> SqliteJournalStore.open(empty, Mode.EXISTING, Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("rekindle init");
        assertThat(empty).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> SqliteJournalStore.open(file, Mode.CREATE, Clock.systemUTC()))
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path db = Files.writeString(dir.resolve("rekindle.db"), "my shopping list", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SqliteJournalStore.open(dir, Mode.CREATE, Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("is not a rekindle database");
        assertThat(db).hasContent("my shopping list");
    }

    @Test
    void someoneElsesSqliteDatabaseIsRefusedAndLeftAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rekindle.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> SqliteJournalStore.open(dir, Mode.CREATE, Clock.systemUTC()))
                .hasMessageContaining("not rekindle's");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rekindle.db"));
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefused() {
        // Even root cannot create folders under /proc, so this holds in CI as well.
        assertThatThrownBy(() -> SqliteJournalStore.open(Path.of("/proc/rekindle-test"), Mode.CREATE, Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot write to the data folder");
    }
}
