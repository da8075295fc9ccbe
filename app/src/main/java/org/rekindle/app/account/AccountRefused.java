package org.rekindle.app.account;

/** An account request refused: why, as a value each front end words and answers for itself. */
public final class AccountRefused extends RuntimeException {

    /** What stood in the way. */
    public enum Why {
        /** Sign-up with an email already taken: log in instead. */
        EMAIL_TAKEN,
        /** Log-in with a wrong email or password. */
        WRONG_CREDENTIALS,
        /** Too many failed log-ins lately, for the account or from the address. */
        TOO_MANY_FAILURES,
        /** Erasing an account with a password that is not its own. */
        WRONG_PASSWORD,
        /** Every password-hashing turn taken for longer than a request may wait: the server is busy, try again. */
        BUSY
    }

    private final Why why;
    private final java.time.Duration retryAfter;
    private final String detail;

    public AccountRefused(Why why) {
        this(why, null, null);
    }

    /** With how long to wait before trying again, and the limit's own words ({@code TOO_MANY_FAILURES}). */
    public AccountRefused(Why why, java.time.Duration retryAfter, String detail) {
        super(why.name(), null, false, false);
        this.why = why;
        this.retryAfter = retryAfter;
        this.detail = detail;
    }

    /** How long to wait before trying again, or null when waiting is not the answer. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    /** Which limit was reached, or null. */
    public String detail() {
        return detail;
    }

    public Why why() {
        return why;
    }
}
