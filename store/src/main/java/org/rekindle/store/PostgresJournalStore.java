package org.rekindle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;

/**
 * One account's journal on the shared PostgreSQL. Every statement names the account, so a journey id
 * of someone else's reads as nothing and writes as {@link NoSuchJourney}. An append locks its
 * journey's row first ({@code FOR UPDATE}), so appends from any number of app instances queue per
 * journey; the primary key {@code (journey_id, version)} is the last word if anything slips by.
 */
final class PostgresJournalStore implements JournalStore {

    private static final String JOURNEY_COLUMNS = "id, ex, breakup, ended_by, hurtful, cooling_days, created_at";

    private final PostgresDatabase db;
    private final long accountId;
    private final Clock clock;
    private final EventCodec codec;

    PostgresJournalStore(PostgresDatabase db, long accountId, Clock clock, EventCodec codec) {
        this.db = db;
        this.accountId = accountId;
        this.clock = clock;
        this.codec = codec;
    }

    @Override
    public Optional<JourneyRecord> journey() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT " + JOURNEY_COLUMNS + " FROM journey WHERE account_id = ?")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return Rows.journey(rs);
                }
            }
        });
    }

    @Override
    public JourneyRecord createJourney(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays) {
        Instant now = clock.instant();
        long id = db.write(c -> insertJourney(c, new JourneyRecord(0, ex, breakup, endedBy, hurtful, coolingDays, now)));
        return new JourneyRecord(id, ex, breakup, endedBy, hurtful, coolingDays, now);
    }

    private long insertJourney(Connection c, JourneyRecord j) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO journey (account_id, ex, breakup, ended_by, hurtful, cooling_days, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id) DO NOTHING RETURNING id")) {
            insert.setLong(1, accountId);
            insert.setString(2, j.ex());
            insert.setString(3, j.breakup().toString());
            insert.setString(4, j.endedBy().word());
            insert.setInt(5, j.hurtful() ? 1 : 0);
            insert.setObject(6, j.coolingDays());
            insert.setString(7, j.createdAt().toString());
            try (ResultSet rs = insert.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("a journey already exists for this account: one journey per account", true);
                }
                return rs.getLong(1);
            }
        }
    }

    @Override
    public List<StoredEvent> events(long journeyId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT e.version, e.kind, e.at, e.payload, e.recorded_at FROM event e JOIN journey j ON j.id = e.journey_id "
                            + "WHERE e.journey_id = ? AND j.account_id = ? ORDER BY e.version")) {
                q.setLong(1, journeyId);
                q.setLong(2, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return Rows.storedEvents(rs, codec);
                }
            }
        });
    }

    @Override
    public List<JournalEvent> journal(long journeyId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT e.kind, e.at, coalesce(e.payload::jsonb ->> 'meeting', e.payload::jsonb ->> 'outcome', "
                            + "e.payload::jsonb ->> 'response') FROM event e JOIN journey j ON j.id = e.journey_id "
                            + "WHERE e.journey_id = ? AND j.account_id = ? AND e.kind <> 'journal' ORDER BY e.version")) {
                q.setLong(1, journeyId);
                q.setLong(2, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return Rows.foldEvents(rs, codec);
                }
            }
        });
    }

    /** The version of the last event appended (0 for none), of this account's journey only. */
    @Override
    public long version(long journeyId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT coalesce(max(e.version), 0) FROM event e JOIN journey j ON j.id = e.journey_id "
                            + "WHERE e.journey_id = ? AND j.account_id = ?")) {
                q.setLong(1, journeyId);
                q.setLong(2, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public long append(long journeyId, JournalEvent event) {
        return db.write(c -> {
            lockOwned(c, journeyId);
            return insert(c, journeyId, currentVersion(c, journeyId) + 1, event);
        });
    }

    @Override
    public long append(long journeyId, long expectedVersion, JournalEvent event) {
        try {
            return db.write(c -> {
                lockOwned(c, journeyId);
                if (currentVersion(c, journeyId) != expectedVersion) {
                    throw new VersionConflict(journeyId, expectedVersion);
                }
                return insert(c, journeyId, expectedVersion + 1, event);
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && PostgresDatabase.isUniqueViolation(s)) {
                throw new VersionConflict(journeyId, expectedVersion);
            }
            throw e;
        }
    }

    /** Takes the journey's row lock, so appends to one journey queue; refuses a journey not this account's. */
    private void lockOwned(Connection c, long journeyId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM journey WHERE id = ? AND account_id = ? FOR UPDATE")) {
            q.setLong(1, journeyId);
            q.setLong(2, accountId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchJourney(journeyId);
                }
            }
        }
    }

    private static long currentVersion(Connection c, long journeyId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT coalesce(max(version), 0) FROM event WHERE journey_id = ?")) {
            q.setLong(1, journeyId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long insert(Connection c, long journeyId, long version, JournalEvent event) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO event (journey_id, version, kind, at, payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, journeyId);
            insert.setLong(2, version);
            insert.setString(3, event.kind());
            insert.setString(4, event.at().toString());
            insert.setString(5, codec.payload(event));
            insert.setString(6, clock.instant().toString());
            insert.executeUpdate();
        }
        return version;
    }

    @Override
    public JourneyRecord restore(JourneyRecord j, List<StoredEvent> events) {
        long id = db.write(c -> {
            long journeyId = insertJourney(c, j);
            Rows.insertEvents(c, journeyId, events, codec);
            return journeyId;
        });
        return new JourneyRecord(id, j.ex(), j.breakup(), j.endedBy(), j.hurtful(), j.coolingDays(), j.createdAt());
    }

    @Override
    public void close() {
        // the pool belongs to the PostgresDatabase, which outlives any one request's store
    }
}
