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
import org.rekindle.store.Database.Mode;

class SqliteStoreTest extends JournalStoreContract {

    @TempDir
    Path dir;

    private final java.util.List<Database> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeAll() {
        opened.forEach(Database::close);
    }

    private Database open(Path folder, Mode mode) {
        Database db = Database.sqlite(folder, mode, Clock.systemUTC());
        opened.add(db);
        return db;
    }

    @Override
    JournalStore fresh() {
        return open(dir, Mode.CREATE).journal();
    }

    @Override
    JournalStore again() {
        return open(dir, Mode.EXISTING).journal(); // another pool on the same file: another process, in effect
    }

    @Test
    void storedEventsCannotBeRewrittenOrRemoved() throws SQLException {
        try (JournalStore store = fresh()) {
            store.createJourney("Sam", BREAKUP, EndedBy.MUTUAL, false, null);
            store.append(new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
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
        fresh();
        closeAll();
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
        assertThatThrownBy(() -> open(empty, Mode.EXISTING)).isInstanceOf(NoJourney.class);
        assertThat(empty).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> open(file, Mode.CREATE)).isInstanceOf(DataFolderUnusable.class)
                .matches(e -> ((DataFolderUnusable) e).why() == DataFolderUnusable.Why.IS_A_FILE);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path db = Files.writeString(dir.resolve("rekindle.db"), "my shopping list", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open(dir, Mode.CREATE)).isInstanceOf(NotOurDatabase.class)
                .matches(e -> ((NotOurDatabase) e).why() == NotOurDatabase.Why.NOT_SQLITE);
        assertThat(db).hasContent("my shopping list");
    }

    @Test
    void someoneElsesSqliteDatabaseIsRefusedAndLeftAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rekindle.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> open(dir, Mode.CREATE)).isInstanceOf(NotOurDatabase.class)
                .matches(e -> ((NotOurDatabase) e).why() == NotOurDatabase.Why.SOMEONE_ELSES);
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
        assertThatThrownBy(() -> open(Path.of("/proc/rekindle-test"), Mode.CREATE)).isInstanceOf(DataFolderUnusable.class)
                .matches(e -> ((DataFolderUnusable) e).why() == DataFolderUnusable.Why.NOT_WRITABLE);
    }
}
