package org.rekindle.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.app.serve.KeptSecret;
import org.rekindle.store.AccountStore;
import org.rekindle.store.Database;
import org.rekindle.store.JournalStore;

/**
 * The feed keys of the multi-user server: one per account, in the {@code calendar_feed} table. The table holds the
 * SHA-256 of each key (hex), never the key itself, so a copy of the database opens no one's calendar; the cost is
 * that an address is shown once, when it is made. Deleting the account deletes its row (ON DELETE CASCADE).
 */
final class AccountFeedKeys implements FeedKeys {

    private final Database db;
    private final AccountStore accounts;

    AccountFeedKeys(Database db) {
        this.db = db;
        this.accounts = db.accounts();
    }

    @Override
    public Optional<JournalStore> opens(Context ctx, String given) {
        if (given == null || given.isEmpty() || given.length() > 200) {
            return Optional.empty();
        }
        // looked up by fingerprint: an equality on a hash of the key, so its timing says nothing about the key
        return accounts.feedAccount(fingerprint(given)).map(db::journal);
    }

    @Override
    public boolean on(Context ctx) {
        return accounts.hasFeed(accountId(ctx));
    }

    @Override
    public Optional<String> shown(Context ctx) {
        return Optional.empty(); // only its fingerprint is kept
    }

    @Override
    public String renew(Context ctx) {
        String key = KeptSecret.random();
        accounts.keepFeedKey(accountId(ctx), fingerprint(key)); // the key itself is never stored
        return key;
    }

    @Override
    public void revoke(Context ctx) {
        accounts.dropFeed(accountId(ctx));
    }

    /** What the database keeps of a key: its SHA-256, in hex. */
    static String fingerprint(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static long accountId(Context ctx) {
        if (Visitor.of(ctx) instanceof Visitor.Member m) {
            return m.account().id();
        }
        throw new Problem(401, "Unauthorized", "log in first");
    }
}
