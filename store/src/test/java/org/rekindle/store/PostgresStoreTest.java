package org.rekindle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;

/** The journal contract on a real PostgreSQL, and what only the multi-user store has: accounts and their walls. */
class PostgresStoreTest extends JournalStoreContract {

    private final List<Database> opened = new ArrayList<>();
    private long account;

    private Database database() {
        Database db = Database.postgres(TestPostgres.url(), Clock.systemUTC());
        synchronized (opened) {
            opened.add(db);
        }
        return db;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Database::close);
    }

    private long newAccount(Database db) {
        return db.accounts().create("t-" + UUID.randomUUID() + "@example.org", "not-a-hash").orElseThrow().id();
    }

    @Override
    JournalStore fresh() {
        Database db = database();
        account = newAccount(db);
        return db.journal(account);
    }

    @Override
    JournalStore again() {
        return database().journal(account); // another pool: another app instance, in effect
    }

    @Test
    void anotherAccountsJourneyIsInvisibleAndCannotBeAppendedTo() {
        Database db = database();
        JournalStore alice = db.journal(newAccount(db));
        JournalStore bob = db.journal(newAccount(db));
        alice.createJourney("Sam", BREAKUP, EndedBy.ME, false, null);
        alice.append(new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
        assertThat(bob.journey()).isEmpty();
        assertThat(alice.version()).isEqualTo(1);
        assertThatThrownBy(bob::events).isInstanceOf(NoJourney.class);
        assertThatThrownBy(bob::journal).isInstanceOf(NoJourney.class);
        assertThatThrownBy(() -> bob.append(new JournalEvent.ReplyReceived(BREAKUP.plusDays(41))))
                .isInstanceOf(NoJourney.class);
        assertThatThrownBy(() -> bob.append(1, new JournalEvent.ReplyReceived(BREAKUP.plusDays(41))))
                .isInstanceOf(NoJourney.class);
        bob.createJourney("Kim", BREAKUP, EndedBy.THEM, false, null);
        assertThat(bob.events()).isEmpty();
        assertThat(bob.version()).isZero();
        assertThat(alice.events()).hasSize(1);
    }

    @Test
    void deletingAnAccountRemovesEveryRowOfItAndNothingElse() {
        Database db = database();
        AccountStore accounts = db.accounts();
        Account gone = accounts.create("gone-" + UUID.randomUUID() + "@example.org", "h").orElseThrow();
        long kept = newAccount(db);
        for (long id : new long[] {gone.id(), kept}) {
            JournalStore s = db.journal(id);
            s.createJourney("Sam", BREAKUP, EndedBy.ME, false, null);
            s.append(new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
            s.append(new JournalEvent.Reflection(BREAKUP.plusDays(40), "private", 3));
            accounts.startSession("tok-" + UUID.randomUUID(), id, Duration.ofHours(1));
            accounts.keepFeedKey(id, "feed-" + id);
        }
        assertThat(accounts.rowsOf(gone.id())).isEqualTo(1 + 1 + 1 + 1 + 2);
        accounts.delete(gone);
        assertThat(accounts.rowsOf(gone.id())).isZero();
        assertThat(accounts.feedAccount("feed-" + gone.id())).isEmpty(); // its feed went with it (ON DELETE CASCADE)
        assertThat(accounts.rowsOf(kept)).isEqualTo(6);
        assertThat(accounts.feedAccount("feed-" + kept)).hasValue(kept);
    }

    @Test
    void oneFeedKeyPerAccountANewOneReplacesTheOldAndOffRemovesIt() {
        Database db = database();
        AccountStore accounts = db.accounts();
        long alice = newAccount(db);
        long bob = newAccount(db);
        String first = "first-" + UUID.randomUUID();
        String second = "second-" + UUID.randomUUID();
        assertThat(accounts.hasFeed(alice)).isFalse();
        accounts.keepFeedKey(alice, first);
        accounts.keepFeedKey(bob, "bob-" + UUID.randomUUID());
        assertThat(accounts.feedAccount(first)).hasValue(alice);
        accounts.keepFeedKey(alice, second);
        assertThat(accounts.feedAccount(first)).isEmpty();
        assertThat(accounts.feedAccount(second)).hasValue(alice);
        accounts.dropFeed(alice);
        assertThat(accounts.feedAccount(second)).isEmpty();
        assertThat(accounts.hasFeed(alice)).isFalse();
        assertThat(accounts.hasFeed(bob)).isTrue();
    }

    @Test
    void eventsCannotBeRewrittenOrRemovedOutsideAnAccountErasure() throws SQLException {
        Database db = database();
        JournalStore s = db.journal(newAccount(db));
        long j = s.createJourney("Sam", BREAKUP, EndedBy.ME, false, null).id();
        s.append(new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(TestPostgres.url()));
             Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE event SET at = '2020-01-01' WHERE journey_id = " + j))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM event WHERE journey_id = " + j))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aDuplicateEmailIsRefusedWhateverItsCase() {
        AccountStore accounts = database().accounts();
        String email = "dup-" + UUID.randomUUID() + "@example.org";
        assertThat(accounts.create(email, "h")).isPresent();
        assertThat(accounts.create(email.toUpperCase(), "h")).isEmpty();
    }

    @Test
    void sessionsAreFoundByTheirHashUntilEndedOrExpired() {
        Database db = database();
        AccountStore accounts = db.accounts();
        long id = newAccount(db);
        accounts.startSession("live", id, Duration.ofHours(1));
        accounts.startSession("old", id, Duration.ofMillis(-1));
        assertThat(accounts.sessionAccount("live")).get().extracting(Account::id).isEqualTo(id);
        assertThat(accounts.sessionAccount("old")).isEmpty();
        accounts.endSession("live");
        assertThat(accounts.sessionAccount("live")).isEmpty();
    }

    @Test
    void anUnreachableServerIsAClearUsersToFixError() {
        assertThatThrownBy(() -> Database.postgres("postgresql://127.0.0.1:1/nothing?user=u&password=secret",
                Clock.systemUTC()))
                .isInstanceOf(StoreUnavailable.class).hasMessageContaining("cannot reach PostgreSQL")
                .hasMessageNotContaining("secret").matches(e -> ((StoreUnavailable) e).atStart());
        assertThatThrownBy(() -> Database.postgres("mysql://x/y", Clock.systemUTC()))
                .isInstanceOf(BadDatabaseAddress.class).hasMessageContaining("postgresql://");
    }

    @Test
    void bothDatabasesHaveTheSameTablesAndColumns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws SQLException {
        Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC()).close();
        database().close();
        java.util.Set<String> sqlite = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteDataFolder.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                     + "WHERE m.type = 'table' AND m.name NOT LIKE 'flyway%' AND m.name NOT LIKE 'sqlite%'")) {
            while (rs.next()) {
                sqlite.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        java.util.Set<String> pg = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(TestPostgres.url()));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                     + "WHERE table_schema = current_schema() AND table_name NOT LIKE 'flyway%'")) {
            while (rs.next()) {
                pg.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        assertThat(pg).isEqualTo(sqlite).contains("journey.account_id", "event.version", "session.token_hash");
    }
}
