package org.rekindle.web;

import java.time.Clock;
import java.time.LocalDate;

import org.rekindle.app.Workspace;
import org.rekindle.store.Account;
import org.rekindle.store.PostgresDatabase;

/**
 * The journal as the multi-user server sees it: the logged-in account's, on PostgreSQL. The API and
 * the pages ask for {@link #workspace} without naming anyone; the account comes from the request
 * being served, which {@link AccountGuard#admit} sets at the start of every request (so a value can
 * never outlive its request on a reused thread) and clears at its end.
 */
final class AccountJournal extends Journal {

    private static final ThreadLocal<Account> CURRENT = new ThreadLocal<>();

    private final PostgresDatabase db;

    AccountJournal(PostgresDatabase db, Clock clock, LocalDate asOf) {
        super(java.nio.file.Path.of("."), clock, asOf);
        this.db = db;
    }

    /** Whether this request is served for an account (the multi-user server): messages then speak of the account. */
    static boolean forAccount() {
        return CURRENT.get() != null;
    }

    static void serving(Account account) {
        if (account == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(account);
        }
    }

    /**
     * The request's account's journey, never a copy kept for the process: the single-user server
     * may keep one journey for good; here each request may be someone else's.
     */
    org.rekindle.store.JourneyRecord record(Workspace w) {
        return w.record();
    }

    @Override
    Workspace workspace(boolean create) {
        Account a = CURRENT.get();
        if (a == null) {
            throw new Problem(401, "Unauthorized", "log in first");
        }
        return new Workspace(db.journal(a.id()), today());
    }
}
