package org.rekindle.web;

import io.javalin.http.Context;

import org.rekindle.store.JournalStore;

/**
 * The journal a request is about: the data folder's ({@link FolderJournals}) or the request's
 * account's ({@link AccountJournals}). Routes ask for it per request and never name anyone.
 */
interface JournalSource {

    /** The journal of this request's visitor; a {@link org.rekindle.store.NoJourney} when there is nothing yet. */
    JournalStore journal(Context ctx);

    /** The journal to start a journey in (the data folder may be created for it). */
    JournalStore forNewJourney(Context ctx);

    /** What a cache of answers is keyed by: one entry per journal, never shared between accounts. */
    Object cacheKey(Context ctx);
}
