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
        WRONG_PASSWORD
    }

    private final Why why;

    public AccountRefused(Why why) {
        super(why.name(), null, false, false);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
