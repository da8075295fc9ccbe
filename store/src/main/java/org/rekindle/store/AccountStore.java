package org.rekindle.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Accounts, sessions and failed logins on the shared PostgreSQL: what lets any app instance answer
 * any request. Only hashes are stored: of passwords (Argon2id, made by the caller) and of session
 * tokens and calendar feed keys (SHA-256, so a leaked table opens no session and no feed). Times come from the
 * injected clock.
 */
public final class AccountStore {

    private final Database db;
    private final Clock clock;

    AccountStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A new account, or empty when the email is taken (emails are compared lower-cased). */
    public Optional<Account> create(String email, String passwordHash) {
        String e = normal(email);
        return db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO account (email, password_hash, created_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (email) DO NOTHING RETURNING id")) {
                insert.setString(1, e);
                insert.setString(2, passwordHash);
                insert.setString(3, clock.instant().toString());
                try (ResultSet rs = insert.executeQuery()) {
                    return rs.next() ? Optional.of(new Account(rs.getLong(1), e, passwordHash)) : Optional.empty();
                }
            }
        });
    }

    /** The log-in limits, kept in this database so every instance counts the same attempts. */
    public LoginThrottle logins() {
        return new LoginThrottle(db, clock, LoginThrottle.Limits.DEFAULT);
    }

    public Optional<Account> byEmail(String email) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id, email, password_hash FROM account WHERE email = ?")) {
                q.setString(1, normal(email));
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new Account(rs.getLong(1), rs.getString(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    // ---------------------------------------------------------------- sessions

    public void startSession(String tokenHash, long accountId, Duration lifetime) {
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO session (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, tokenHash);
                insert.setLong(2, accountId);
                insert.setLong(3, now);
                insert.setLong(4, now + lifetime.toMillis());
                insert.executeUpdate();
            }
            if ((now & 0x3f) == 0) { // now and then, sweep sessions long expired
                try (PreparedStatement sweep = c.prepareStatement("DELETE FROM session WHERE expires_at < ?")) {
                    sweep.setLong(1, now);
                    sweep.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The account of a live session, or empty when the session is unknown, ended or expired. */
    public Optional<Account> sessionAccount(String tokenHash) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT a.id, a.email, a.password_hash FROM session s JOIN account a ON a.id = s.account_id "
                            + "WHERE s.token_hash = ? AND s.expires_at > ?")) {
                q.setString(1, tokenHash);
                q.setLong(2, clock.millis());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new Account(rs.getLong(1), rs.getString(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    public void endSession(String tokenHash) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM session WHERE token_hash = ?")) {
                delete.setString(1, tokenHash);
                return delete.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------- calendar feed

    /**
     * Keeps the fingerprint of an account's new calendar feed key in place of any older one (one feed per account:
     * the old address stops opening it). Only the SHA-256 of the key is given and stored, never the key: a copy of
     * this table opens no calendar.
     */
    public void keepFeedKey(long accountId, String keyHash) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO calendar_feed (account_id, feed_key, created_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (account_id) DO UPDATE SET feed_key = EXCLUDED.feed_key, "
                            + "created_at = EXCLUDED.created_at")) {
                upsert.setLong(1, accountId);
                upsert.setString(2, keyHash);
                upsert.setString(3, clock.instant().toString());
                return upsert.executeUpdate();
            }
        });
    }

    /** The account whose feed key has this fingerprint, or empty (a wrong, replaced or turned-off key). */
    public Optional<Long> feedAccount(String keyHash) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT account_id FROM calendar_feed WHERE feed_key = ?")) {
                q.setString(1, keyHash);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Whether the account's calendar feed is on. */
    public boolean hasFeed(long accountId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM calendar_feed WHERE account_id = ?")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Turns the account's calendar feed off: its address opens nothing from now on. */
    public void dropFeed(long accountId) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM calendar_feed WHERE account_id = ?")) {
                delete.setLong(1, accountId);
                return delete.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------- erasing

    /**
     * Removes the account and every row of it: its journey, every event and journal entry, its
     * sessions, its calendar feed key (its log-in attempts are {@link LoginThrottle#forget}'s). The events' append-only trigger lets these deletes through only
     * inside this transaction ({@code SET LOCAL rekindle.erasing}).
     */
    public void delete(Account account) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL rekindle.erasing = 'account'");
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
                delete.setLong(1, account.id());
                delete.executeUpdate(); // cascades: journey -> event, session, calendar_feed
            }
            return null;
        });
    }

    /** Counts rows still held for an account id, in every table that has one (for tests and for the record). */
    public long rowsOf(long accountId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT (SELECT count(*) FROM account WHERE id = ?) + (SELECT count(*) FROM session WHERE account_id = ?) "
                            + "+ (SELECT count(*) FROM journey WHERE account_id = ?) "
                            + "+ (SELECT count(*) FROM calendar_feed WHERE account_id = ?) "
                            + "+ (SELECT count(*) FROM event e JOIN journey j ON j.id = e.journey_id WHERE j.account_id = ?)")) {
                for (int i = 1; i <= 5; i++) {
                    q.setLong(i, accountId);
                }
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * One spelling per address: NFKC first, so a full-width or otherwise compatible look-alike
     * ({@code ａlice@…}) is the same account as its plain form, then lower case.
     */
    public static String normal(String email) {
        return email == null ? ""
                : java.text.Normalizer.normalize(email, java.text.Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
    }

}
