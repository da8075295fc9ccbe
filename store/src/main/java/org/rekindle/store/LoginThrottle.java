package org.rekindle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * How many password checks a log-in (or an account erasure) may cost, decided in the shared
 * PostgreSQL so every app instance agrees. An attempt is checked AND recorded in one transaction,
 * under advisory locks on its account and its address, before any password is hashed: a hundred
 * guesses sent at once queue on the lock and each sees the ones before it, so no more than the
 * limit is ever evaluated. The recorded attempt counts as a failure until {@link #succeeded} deletes
 * it; an instance that dies mid-hash leaves it counted, which errs on the safe side.
 *
 * <p>Three limits, each over a sliding {@link Limits#window()}:
 * <ul>
 *   <li>per account and address: the back-off a guesser meets. It slows that address for that
 *       account and nobody else, so a stranger cannot lock the owner out;</li>
 *   <li>per address, over all accounts: one address spraying many accounts;</li>
 *   <li>per account, over the addresses that never logged in to it: many addresses guessing one
 *       account. Addresses the account has logged in from before pass this one, so even a
 *       distributed attack leaves the owner's own devices working.</li>
 * </ul>
 */
public final class LoginThrottle {

    /** The limits; {@link #DEFAULT} is what docs/security.md documents. */
    public record Limits(int perAccountAndAddress, int perAddress, int perAccountFromNewAddresses, Duration window) {
        public static final Limits DEFAULT = new Limits(5, 20, 10, Duration.ofMinutes(15));
    }

    /** What {@link #begin} decided: go ahead (and report back with the id), or wait this long. */
    public sealed interface Decision {
        record Allowed(long attempt) implements Decision {
        }

        record Refused(Duration retryAfter, String why) implements Decision {
        }
    }

    private final Database db;
    private final Clock clock;
    private final Limits limits;

    LoginThrottle(Database db, Clock clock, Limits limits) {
        this.db = db;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Checks the limits for one attempt on {@code account} (a normalised email, known or not) from
     * {@code address}, and when they allow it, records the attempt, all in one transaction.
     */
    public Decision begin(String account, String address) {
        long now = clock.millis();
        long since = now - limits.window().toMillis();
        return db.write(c -> {
            // account first, then address, always: two attempts never wait on each other in a circle
            lock(c, "login-account|" + account);
            lock(c, "login-address|" + address);
            long pairOldest = oldest(c, "SELECT count(*), min(at) FROM login_attempt WHERE account = ? AND address = ? AND at > ?",
                    limits.perAccountAndAddress(), since, account, address);
            if (pairOldest >= 0) {
                return refused(pairOldest, now, "too many failed attempts for this account from this address");
            }
            long addressOldest = oldest(c, "SELECT count(*), min(at) FROM login_attempt WHERE address = ? AND at > ?",
                    limits.perAddress(), since, address);
            if (addressOldest >= 0) {
                return refused(addressOldest, now, "too many failed attempts from this address");
            }
            if (!known(c, account, address)) {
                long accountOldest = oldest(c, "SELECT count(*), min(at) FROM login_attempt a WHERE a.account = ? AND a.at > ? "
                                + "AND NOT EXISTS (SELECT 1 FROM login_known k WHERE k.account = a.account AND k.address = a.address)",
                        limits.perAccountFromNewAddresses(), since, account);
                if (accountOldest >= 0) {
                    return refused(accountOldest, now, "too many failed attempts for this account from new addresses");
                }
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO login_attempt (account, address, at) VALUES (?, ?, ?) RETURNING id")) {
                insert.setString(1, account);
                insert.setString(2, address);
                insert.setLong(3, now);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            if ((now & 0x1f) == 0) { // now and then, sweep what no window looks at any more
                try (PreparedStatement sweep = c.prepareStatement("DELETE FROM login_attempt WHERE at < ?")) {
                    sweep.setLong(1, now - Duration.ofDays(1).toMillis());
                    sweep.executeUpdate();
                }
            }
            return new Decision.Allowed(id);
        });
    }

    /**
     * The attempt found the right password: it stops counting, the pair's earlier failures are
     * forgiven, and the address is remembered as one the account logs in from.
     */
    public void succeeded(long attempt, String account, String address) {
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM login_attempt WHERE id = ? OR (account = ? AND address = ?)")) {
                delete.setLong(1, attempt);
                delete.setString(2, account);
                delete.setString(3, address);
                delete.executeUpdate();
            }
            try (PreparedStatement remember = c.prepareStatement("INSERT INTO login_known (account, address, at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (account, address) DO UPDATE SET at = excluded.at")) {
                remember.setString(1, account);
                remember.setString(2, address);
                remember.setLong(3, now);
                remember.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets everything kept about an account's log-ins (its erasure). */
    public void forget(String account) {
        db.write(c -> {
            for (String table : new String[] {"login_attempt", "login_known"}) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE account = ?")) {
                    delete.setString(1, account);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Rows kept for an account (for tests of erasure). */
    public long rowsOf(String account) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT (SELECT count(*) FROM login_attempt WHERE account = ?) "
                    + "+ (SELECT count(*) FROM login_known WHERE account = ?)")) {
                q.setString(1, account);
                q.setString(2, account);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void lock(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            q.setString(1, key);
            q.execute();
        }
    }

    /** The oldest counted attempt when {@code limit} is reached, else -1. */
    private static long oldest(Connection c, String sql, int limit, long since, String... keys) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            for (String k : keys) {
                q.setString(i++, k);
            }
            q.setLong(i, since);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) >= limit ? rs.getLong(2) : -1;
            }
        }
    }

    private static boolean known(Connection c, String account, String address) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM login_known WHERE account = ? AND address = ?")) {
            q.setString(1, account);
            q.setString(2, address);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Decision refused(long oldest, long now, String why) {
        long waitMs = Math.max(1_000, oldest + limits.window().toMillis() - now);
        return new Decision.Refused(Duration.ofSeconds((waitMs + 999) / 1000), why);
    }
}
