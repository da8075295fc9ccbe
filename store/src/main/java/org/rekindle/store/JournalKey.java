package org.rekindle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Whether a SQLite journal is encrypted, and its key once a passphrase unlocked it. The settings live
 * in the journal itself (table {@code sealing}, written in the same transaction as the converted
 * text, so a journal is never half one way and half the other). The passphrase is asked for only
 * when a text must be read or written: {@code status} and {@code plan} never need it.
 */
final class JournalKey {

    private final TextSeal.Params params;
    private volatile TextSeal seal;

    private JournalKey(TextSeal.Params params, TextSeal seal) {
        this.params = params;
        this.seal = seal;
    }

    /** The journal's key settings, or null when it is not encrypted. */
    static JournalKey read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sealing'")) {
            if (!t.next()) {
                return null;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT salt, memory_kb, iterations, parallelism, check_value FROM sealing")) {
            if (!rs.next()) {
                return null;
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new JournalKey(new TextSeal.Params(b64.decode(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                    b64.decode(rs.getString(5))), null);
        }
    }

    private TextSeal seal() {
        TextSeal s = seal;
        if (s == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = TextSeal.unlock(TextSeal.passphrases.get(), params);
                }
                s = seal;
            }
        }
        return s;
    }

    /** Asks for the passphrase now (a wrong one is refused before anything else happens). */
    void unlock() {
        seal();
    }

    String seal(String field, String value) {
        return value == null ? null : seal().seal(field, value);
    }

    String open(String field, String value) {
        return TextSeal.isSealed(value) ? seal().open(field, value) : value;
    }

    // ---------------------------------------------------------------- converting a journal in place

    /**
     * Seals every free text of the journal under a new key from {@code passphrase}, in one
     * transaction with the key settings: all or nothing. The append-only triggers are lifted for this
     * transaction alone and put back as they were.
     */
    static JournalKey encrypt(Connection c, char[] passphrase) throws SQLException {
        if (read(c) != null) {
            throw new TextSeal.WrongPassphrase(TextSeal.WrongPassphrase.Why.ALREADY_ENCRYPTED, "this journal is already encrypted");
        }
        TextSeal.Params[] made = new TextSeal.Params[1];
        TextSeal seal = TextSeal.create(passphrase, made);
        JournalKey key = new JournalKey(made[0], seal);
        rewrite(c, new EventCodec(), key.codec());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sealing (salt TEXT NOT NULL, memory_kb INTEGER NOT NULL, iterations INTEGER NOT NULL, "
                    + "parallelism INTEGER NOT NULL, check_value TEXT NOT NULL)");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO sealing VALUES (?, ?, ?, ?, ?)")) {
            Base64.Encoder b64 = Base64.getEncoder();
            insert.setString(1, b64.encodeToString(made[0].salt()));
            insert.setInt(2, made[0].memoryKb());
            insert.setInt(3, made[0].iterations());
            insert.setInt(4, made[0].parallelism());
            insert.setString(5, b64.encodeToString(made[0].check()));
            insert.executeUpdate();
        }
        return key;
    }

    /** Opens every sealed text (the passphrase must be right) and forgets the key settings, in one transaction. */
    static void decrypt(Connection c) throws SQLException {
        JournalKey key = read(c);
        if (key == null) {
            throw new TextSeal.WrongPassphrase(TextSeal.WrongPassphrase.Why.NOT_ENCRYPTED, "this journal is not encrypted");
        }
        key.unlock();
        rewrite(c, key.codec(), new EventCodec());
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE sealing");
        }
    }

    EventCodec codec() {
        EventCodec codec = new EventCodec();
        codec.key = this;
        return codec;
    }

    private static void rewrite(Connection c, EventCodec from, EventCodec to) throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event'")) {
            while (rs.next()) {
                triggers.add(rs.getString(2));
                try (Statement drop = c.createStatement()) {
                    drop.execute("DROP TRIGGER \"" + rs.getString(1).replace("\"", "\"\"") + "\"");
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT journey_id, version, kind, at, payload FROM event");
             PreparedStatement update = c.prepareStatement("UPDATE event SET payload = ? WHERE journey_id = ? AND version = ?")) {
            while (rs.next()) {
                String payload = rs.getString(5);
                var event = from.decode(rs.getString(3), IsoDates.parse(rs.getString(4)), payload);
                String rewritten = to.payload(event);
                if (!rewritten.equals(payload)) {
                    update.setString(1, rewritten);
                    update.setLong(2, rs.getLong(1));
                    update.setLong(3, rs.getLong(2));
                    update.executeUpdate();
                }
            }
        }
        for (String sql : triggers) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
