package org.rekindle.app.account;

import java.util.Optional;

import org.rekindle.app.InputChecks;
import org.rekindle.app.InvalidInput;
import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;
import org.rekindle.store.LoginThrottle;

/**
 * Logging in on the multi-user server. Every password check is first admitted by the
 * {@link LoginThrottle}, in the database: checked and recorded before any hashing, so the limits
 * hold across instances and under a burst of parallel guesses (docs/security.md). A wrong email and
 * a wrong password take as long and read the same.
 */
public final class LogIn {

    private final AccountStore accounts;
    private final LoginThrottle logins;

    public LogIn(AccountStore accounts) {
        this.accounts = accounts;
        this.logins = accounts.logins();
    }

    /** The account; {@code address} is where the request came from (IPv6 grouped by its /64 by the caller). */
    public Account logIn(String email, String password, String address) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw InvalidInput.general("'email' and 'password' are required", "give both");
        }
        InputChecks.line("email", email, 300);
        InputChecks.text("password", password, Passwords.MAX_LENGTH * 2);
        String account = AccountStore.normal(email);
        long attempt = admit(logins, account, address); // counted before any hashing
        Optional<Account> a = accounts.byEmail(account);
        boolean ok;
        if (a.isPresent()) {
            ok = Passwords.verify(password, a.get().passwordHash());
        } else {
            Passwords.verifyNothing(password);
            ok = false;
        }
        if (!ok) {
            throw new AccountRefused(AccountRefused.Why.WRONG_CREDENTIALS);
        }
        logins.succeeded(attempt, account, address);
        return a.get();
    }

    /** Checks and records one password attempt atomically; a TOO_MANY_FAILURES refusal with when to come back. */
    static long admit(LoginThrottle logins, String account, String address) {
        return switch (logins.begin(account, address)) {
            case LoginThrottle.Decision.Allowed ok -> ok.attempt();
            case LoginThrottle.Decision.Refused no ->
                    throw new AccountRefused(AccountRefused.Why.TOO_MANY_FAILURES, no.retryAfter(), no.why());
        };
    }
}
