package org.rekindle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rekindle.journey.EndedBy;
import org.rekindle.journey.JournalEvent;

/**
 * Rows as both stores read them: the same columns in the same order, whichever database they
 * came from, so the mapping lives once.
 */
final class Rows {
    private Rows() {
    }

    /** From {@code id, ex, breakup, ended_by, hurtful, cooling_days, created_at}: the first row, if any. */
    static Optional<JourneyRecord> journey(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        return Optional.of(new JourneyRecord(rs.getLong("id"), rs.getString("ex"),
                IsoDates.parse(rs.getString("breakup")), EndedBy.parse(rs.getString("ended_by")),
                rs.getInt("hurtful") != 0, (Integer) rs.getObject("cooling_days"),
                Instant.parse(rs.getString("created_at"))));
    }

    /** From {@code version, kind, at, payload, recorded_at}. */
    static List<StoredEvent> storedEvents(ResultSet rs, EventCodec codec) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new StoredEvent(rs.getLong(1),
                    codec.decode(rs.getString(2), IsoDates.parse(rs.getString(3)), rs.getString(4)),
                    Instant.parse(rs.getString(5))));
        }
        return out;
    }

    /** From {@code kind, at, choice}: what the fold reads (see {@link JournalStore#journal}). */
    static List<JournalEvent> foldEvents(ResultSet rs, EventCodec codec) throws SQLException {
        List<JournalEvent> out = new ArrayList<>();
        while (rs.next()) {
            out.add(codec.decodeForFold(rs.getString(1), IsoDates.parse(rs.getString(2)), rs.getString(3)));
        }
        return out;
    }

    /** Writes events as they were, versions and log instants kept: for a restored journal. */
    static void insertEvents(Connection c, long journeyId, List<StoredEvent> events, EventCodec codec) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO event (journey_id, version, kind, at, payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StoredEvent e : events) {
                insert.setLong(1, journeyId);
                insert.setLong(2, e.version());
                insert.setString(3, e.event().kind());
                insert.setString(4, e.event().at().toString());
                insert.setString(5, codec.payload(e.event()));
                insert.setString(6, e.recordedAt().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
