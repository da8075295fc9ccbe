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
class PostgresJournalStoreTest extends JournalStoreContract {

    private final List<PostgresDatabase> opened = new ArrayList<>();
    private long account;

    private PostgresDatabase database() {
        PostgresDatabase db = PostgresDatabase.connect(TestPostgres.url(), Clock.systemUTC());
        synchronized (opened) {
            opened.add(db);
        }
        return db;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(PostgresDatabase::close);
    }

    private long newAccount(PostgresDatabase db) {
        return db.accounts().create("t-" + UUID.randomUUID() + "@example.org", "not-a-hash").orElseThrow().id();
    }

    @Override
    JournalStore fresh() {
        PostgresDatabase db = database();
        account = newAccount(db);
        return db.journal(account);
    }

    @Override
    JournalStore again() {
        return database().journal(account); // another pool: another app instance, in effect
    }

    @Test
    void anotherAccountsJourneyIsInvisibleAndCannotBeAppendedTo() {
        PostgresDatabase db = database();
        JournalStore alice = db.journal(newAccount(db));
        JournalStore bob = db.journal(newAccount(db));
        long a = alice.createJourney("Sam", BREAKUP, EndedBy.ME, false, null).id();
        alice.append(a, new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
        assertThat(bob.journey()).isEmpty();
        assertThat(((PostgresJournalStore) bob).version(a)).isZero();
        assertThat(((PostgresJournalStore) alice).version(a)).isEqualTo(1);
        assertThat(bob.events(a)).isEmpty();
        assertThat(bob.journal(a)).isEmpty();
        assertThatThrownBy(() -> bob.append(a, new JournalEvent.ReplyReceived(BREAKUP.plusDays(41))))
                .isInstanceOf(NoSuchJourney.class);
        assertThatThrownBy(() -> bob.append(a, 1, new JournalEvent.ReplyReceived(BREAKUP.plusDays(41))))
                .isInstanceOf(NoSuchJourney.class);
        assertThat(alice.events(a)).hasSize(1);
    }

    @Test
    void deletingAnAccountRemovesEveryRowOfItAndNothingElse() {
        PostgresDatabase db = database();
        AccountStore accounts = db.accounts();
        Account gone = accounts.create("gone-" + UUID.randomUUID() + "@example.org", "h").orElseThrow();
        long kept = newAccount(db);
        for (long id : new long[] {gone.id(), kept}) {
            JournalStore s = db.journal(id);
            long j = s.createJourney("Sam", BREAKUP, EndedBy.ME, false, null).id();
            s.append(j, new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
            s.append(j, new JournalEvent.Reflection(BREAKUP.plusDays(40), "private", 3));
            accounts.startSession("tok-" + UUID.randomUUID(), id, Duration.ofHours(1));
        }
        accounts.recordFailure("account:" + gone.email());
        assertThat(accounts.rowsOf(gone.id())).isEqualTo(1 + 1 + 1 + 2);
        accounts.delete(gone);
        assertThat(accounts.rowsOf(gone.id())).isZero();
        assertThat(accounts.failures("account:" + gone.email(), Duration.ofDays(1))).isZero();
        assertThat(accounts.rowsOf(kept)).isEqualTo(5);
    }

    @Test
    void eventsCannotBeRewrittenOrRemovedOutsideAnAccountErasure() throws SQLException {
        PostgresDatabase db = database();
        JournalStore s = db.journal(newAccount(db));
        long j = s.createJourney("Sam", BREAKUP, EndedBy.ME, false, null).id();
        s.append(j, new JournalEvent.TextSent(BREAKUP.plusDays(40), "hi"));
        try (Connection c = DriverManager.getConnection(PostgresDatabase.jdbcUrl(TestPostgres.url()));
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
        PostgresDatabase db = database();
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
        assertThatThrownBy(() -> PostgresDatabase.connect("postgresql://127.0.0.1:1/nothing?user=u&password=secret",
                Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot reach PostgreSQL")
                .hasMessageNotContaining("secret").matches(e -> ((StoreException) e).isUsersToFix());
        assertThatThrownBy(() -> PostgresDatabase.connect("mysql://x/y", Clock.systemUTC()))
                .hasMessageContaining("postgresql://HOST:PORT/DB");
    }

    @Test
    void bothDatabasesHaveTheSameTablesAndColumns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws SQLException {
        SqliteJournalStore.open(dir, SqliteJournalStore.Mode.CREATE, Clock.systemUTC()).close();
        database().close();
        java.util.Set<String> sqlite = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteJournalStore.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                     + "WHERE m.type = 'table' AND m.name NOT LIKE 'flyway%' AND m.name NOT LIKE 'sqlite%'")) {
            while (rs.next()) {
                sqlite.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        java.util.Set<String> pg = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection(PostgresDatabase.jdbcUrl(TestPostgres.url()));
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
