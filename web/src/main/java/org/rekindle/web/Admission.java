package org.rekindle.web;

import io.javalin.http.Context;

/**
 * Who may come in, and how a state-changing request proves it came from our own pages: the one
 * thing the two ways of serving differ in. {@link TokenAdmission} is one person on loopback with
 * the token from the link; {@link AccountAdmission} is many people with accounts and sessions.
 * The routes behind it are the same for both.
 */
interface Admission {

    /** The CSRF field pages' forms carry, and the header API calls carry. */
    String CSRF_FIELD = "csrf";
    String CSRF_HEADER = "X-CSRF-Token";

    /**
     * Runs first on every request: refuses what may not pass with a {@link Problem}, or answers it
     * itself (a redirect) and skips the rest; on success, the request's {@link Visitor} is set.
     */
    void admit(Context ctx);

    /** The CSRF token this request's pages embed; empty when it needs none. */
    String csrfToken(Context ctx);

    /** Refuses a state-changing request without the right CSRF token ({@code given}, from a form or a header). */
    void requireCsrf(Context ctx, String given);

    /** Whether the request came with a live session (for what a refusal page may offer). */
    boolean hasSession(Context ctx);
}
