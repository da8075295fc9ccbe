package org.rekindle.web;

import io.javalin.http.Context;

import org.rekindle.store.Database;
import org.rekindle.store.JournalStore;

/** The multi-user server's journals: the request's account's, on the shared PostgreSQL. */
final class AccountJournals implements JournalSource {

    private final Database db;

    AccountJournals(Database db) {
        this.db = db;
    }

    @Override
    public JournalStore journal(Context ctx) {
        return db.journal(member(ctx).account().id());
    }

    @Override
    public JournalStore forNewJourney(Context ctx) {
        return journal(ctx);
    }

    @Override
    public Object cacheKey(Context ctx) {
        return member(ctx).account().id();
    }

    private static Visitor.Member member(Context ctx) {
        if (Visitor.of(ctx) instanceof Visitor.Member m) {
            return m;
        }
        throw new Problem(401, "Unauthorized", "log in first");
    }
}
