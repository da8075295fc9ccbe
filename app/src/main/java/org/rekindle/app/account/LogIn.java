package org.rekindle.app.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.rekindle.app.InvalidInput;
import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;

/**
 * Logging in on the multi-user server, rate-limited per account and per address (counted in the
 * database, so every instance sees the same count). A wrong email and a wrong password take as
 * long and read the same.
 */
public final class LogIn {

    /** Failed logins allowed in {@link #WINDOW} for one account, and from one address. */
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final AccountStore accounts;

    public LogIn(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The account; {@code address} is where the request came from, for the per-address limit. */
    public Account logIn(String email, String password, String address) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw InvalidInput.general("'email' and 'password' are required", "give both");
        }
        String accountKey = "account:" + email.strip().toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address;
        if (accounts.failures(accountKey, WINDOW) >= PER_ACCOUNT || accounts.failures(addressKey, WINDOW) >= PER_ADDRESS) {
            throw new AccountRefused(AccountRefused.Why.TOO_MANY_FAILURES);
        }
        Optional<Account> a = accounts.byEmail(email);
        boolean ok;
        if (a.isPresent()) {
            ok = Passwords.verify(password, a.get().passwordHash());
        } else {
            Passwords.verifyNothing(password);
            ok = false;
        }
        if (!ok) {
            accounts.recordFailure(accountKey, addressKey);
            throw new AccountRefused(AccountRefused.Why.WRONG_CREDENTIALS);
        }
        accounts.clearFailures(accountKey);
        return a.get();
    }
}
