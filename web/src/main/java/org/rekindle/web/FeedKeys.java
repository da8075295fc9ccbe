package org.rekindle.web;

import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.store.JournalStore;

/**
 * Where the calendar feed's key is kept and whose plan it opens: the one thing the feed does differently on one
 * person's server ({@link FolderFeedKeys}, a file in the data folder) and on the multi-user server
 * ({@link AccountFeedKeys}, a fingerprint per account in the database). {@link CalendarFeed} is the same for both.
 */
interface FeedKeys {

    /** The journal whose plan {@code key} opens; empty for a missing, wrong, replaced or turned-off key. */
    Optional<JournalStore> opens(Context ctx, String key);

    /** Whether the feed of this request's visitor is on. */
    boolean on(Context ctx);

    /**
     * The visitor's key, when it can be shown again: the data folder keeps the key itself; the database keeps only
     * its fingerprint, so there the key is shown once, when it is made.
     */
    Optional<String> shown(Context ctx);

    /** A new key for the visitor's feed; whatever key opened it before opens nothing from now on. */
    String renew(Context ctx);

    /** The visitor's feed off: its key opens nothing from now on. */
    void revoke(Context ctx);
}
