package org.rekindle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.EventSchema;
import org.rekindle.journey.Fact;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journal;
import org.rekindle.journey.Logged;

/**
 * The journal store, once for both databases: the same statements on SQLite and PostgreSQL, what
 * differs asked of the {@link SqlDialect}. Scoped to one journey when made: the data folder's (no
 * account) or one account's, so a journey of someone else's is never read nor written. The
 * journey's id is looked up once and kept: the journey row never changes.
 */
final class JdbcJournalStore implements JournalStore {

    private static final String JOURNEY_COLUMNS = "id, ex, breakup, ended_by, hurtful, cooling_days, created_at";
    private static final String INSERT_EVENT =
            "INSERT INTO event (journey_id, version, kind, at, payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final Database db;
    private final Long accountId;
    private final String scope;
    private volatile long journeyId;

    JdbcJournalStore(Database db, Long accountId) {
        this.db = db;
        this.accountId = accountId;
        this.scope = accountId == null ? "account_id IS NULL" : "account_id = ?";
    }

    private void bindScope(PreparedStatement q, int index) throws SQLException {
        if (accountId != null) {
            q.setLong(index, accountId);
        }
    }

    @Override
    public Optional<JourneyRecord> journey() {
        Optional<JourneyRecord> r = db.read(this::journey);
        r.ifPresent(found -> journeyId = found.id());
        return r;
    }

    private Optional<JourneyRecord> journey(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT " + JOURNEY_COLUMNS + " FROM journey WHERE " + scope + " ORDER BY id LIMIT 1")) {
            bindScope(q, 1);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new JourneyRecord(rs.getLong(1), rs.getString(2), IsoDates.parse(rs.getString(3)),
                        EndedBy.parse(rs.getString(4)), rs.getInt(5) != 0, (Integer) rs.getObject(6),
                        Instant.parse(rs.getString(7))));
            }
        }
    }

    /** The journey's id, looked up on first need; a {@link NoJourney} while none was started. */
    private long journeyId(Connection c) throws SQLException {
        long id = journeyId;
        if (id == 0) {
            id = journey(c).orElseThrow(NoJourney::new).id();
            journeyId = id;
        }
        return id;
    }

    @Override
    public JourneyRecord createJourney(String ex, LocalDate breakup, EndedBy endedBy, boolean hurtful, Integer coolingDays) {
        return insertJourney(new JourneyRecord(0, ex, breakup, endedBy, hurtful, coolingDays, db.clock().instant()), List.of());
    }

    @Override
    public JourneyRecord restore(JourneyRecord j, List<StoredEvent> events) {
        return insertJourney(j, events);
    }

    private JourneyRecord insertJourney(JourneyRecord j, List<StoredEvent> events) {
        long id;
        try {
            id = db.write(c -> {
                if (journey(c).isPresent()) {
                    throw new JourneyExists();
                }
                long newId;
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO journey (account_id, ex, breakup, ended_by, hurtful, cooling_days, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setObject(1, accountId);
                    insert.setString(2, j.ex());
                    insert.setString(3, j.breakup().toString());
                    insert.setString(4, j.endedBy().word());
                    insert.setInt(5, j.hurtful() ? 1 : 0);
                    insert.setObject(6, j.coolingDays());
                    insert.setString(7, j.createdAt().toString());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        newId = keys.getLong(1);
                    }
                }
                if (!events.isEmpty()) {
                    try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
                        for (StoredEvent e : events) {
                            bindEvent(insert, newId, e.version(), e.event(), e.recordedAt());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                return newId;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && db.dialect().isUniqueViolation(s)) {
                throw new JourneyExists(); // another instance started this account's journey at the same moment
            }
            throw e;
        }
        journeyId = id;
        return new JourneyRecord(id, j.ex(), j.breakup(), j.endedBy(), j.hurtful(), j.coolingDays(), j.createdAt());
    }

    @Override
    public List<StoredEvent> events() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT version, kind, at, payload, recorded_at FROM event WHERE journey_id = ? ORDER BY version")) {
                q.setLong(1, journeyId(c));
                try (ResultSet rs = q.executeQuery()) {
                    EventCodec codec = db.codec();
                    List<StoredEvent> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new StoredEvent(rs.getLong(1),
                                codec.decode(rs.getString(2), IsoDates.parse(rs.getString(3)), rs.getString(4)),
                                Instant.parse(rs.getString(5))));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public Journal journal() {
        return db.read(c -> {
            // the database picks the one word the fold needs out of the payload; only corrections are parsed
            try (PreparedStatement q = c.prepareStatement("SELECT e.kind, e.at, " + db.dialect().foldChoice()
                    + ", e.version, e.recorded_at, CASE WHEN e.kind IN ('retraction', 'settings') THEN e.payload END"
                    + " FROM event e WHERE e.journey_id = ? AND e.kind <> 'journal' ORDER BY e.version")) {
                q.setLong(1, journeyId(c));
                try (ResultSet rs = q.executeQuery()) {
                    EventCodec codec = db.codec();
                    List<Logged> out = new ArrayList<>();
                    while (rs.next()) {
                        String kind = rs.getString(1);
                        java.time.LocalDate at = IsoDates.parse(rs.getString(2));
                        String whole = rs.getString(6);
                        Fact fact = whole != null ? EventSchema.fact(codec.decode(kind, at, whole))
                                : EventSchema.move(kind, at, rs.getString(3));
                        out.add(new Logged(rs.getLong(4), fact, Instant.parse(rs.getString(5))));
                    }
                    return new Journal(out);
                }
            }
        });
    }

    @Override
    public long version() {
        return db.read(c -> currentVersion(c, journeyId(c)));
    }

    @Override
    public long append(JournalEvent event) {
        return db.write(c -> {
            long id = lock(c);
            return insert(c, id, currentVersion(c, id) + 1, event);
        });
    }

    @Override
    public long append(long expectedVersion, JournalEvent event) {
        try {
            return db.write(c -> {
                long id = lock(c);
                if (currentVersion(c, id) != expectedVersion) {
                    throw new VersionConflict(expectedVersion);
                }
                return insert(c, id, expectedVersion + 1, event);
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && db.dialect().isUniqueViolation(s)) {
                throw new VersionConflict(expectedVersion);
            }
            throw e;
        }
    }

    /** Takes what makes appends to this journey queue (the dialect's lock), and says which journey. */
    private long lock(Connection c) throws SQLException {
        long id = journeyId(c);
        String lock = db.dialect().lockJourney();
        if (lock != null) {
            try (PreparedStatement q = c.prepareStatement(lock)) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoJourney(); // erased with its account meanwhile
                    }
                }
            }
        }
        return id;
    }

    private static long currentVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT coalesce(max(version), 0) FROM event WHERE journey_id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long insert(Connection c, long id, long version, JournalEvent event) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
            bindEvent(insert, id, version, event, db.clock().instant());
            insert.executeUpdate();
        }
        return version;
    }

    private void bindEvent(PreparedStatement insert, long id, long version, JournalEvent event, Instant recordedAt)
            throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, version);
        insert.setString(3, event.kind());
        insert.setString(4, event.at().toString());
        insert.setString(5, db.codec().payload(event));
        insert.setString(6, recordedAt.toString());
    }

    @Override
    public void close() {
        // the pool belongs to the Database, which outlives any one request's store
    }
}
