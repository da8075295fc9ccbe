package org.rekindle.web;

import io.javalin.http.Context;

import org.rekindle.store.Account;

/**
 * Who a request is, as its admission found: the one person of a data folder, or an account. Kept
 * on the request itself, so it can never outlive it.
 */
sealed interface Visitor {

    String ATTRIBUTE = "rekindle.visitor";

    /** The person the token was given to (single-user, on loopback). */
    record Owner() implements Visitor {
    }

    /** A logged-in account of the multi-user server. */
    record Member(Account account) implements Visitor {
    }

    static void set(Context ctx, Visitor v) {
        ctx.attribute(ATTRIBUTE, v);
    }

    /** The request's visitor, or null before admission (the public routes). */
    static Visitor of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
