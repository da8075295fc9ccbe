package org.rekindle.app.account;

import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;
import org.rekindle.store.LoginThrottle;

/**
 * Erases an account and every row of it, once its own password is given again. A wrong password
 * here is a guess like a wrong log-in, and is counted the same way: a stolen session is no
 * unthrottled password oracle.
 */
public final class DeleteAccount {

    private final AccountStore accounts;
    private final LoginThrottle logins;

    public DeleteAccount(AccountStore accounts) {
        this.accounts = accounts;
        this.logins = accounts.logins();
    }

    public void delete(Account a, String password, String address) {
        if (password == null || password.isEmpty()) {
            throw new AccountRefused(AccountRefused.Why.WRONG_PASSWORD);
        }
        LogIn.admit(logins, a.email(), address);
        if (!Passwords.verify(password, a.passwordHash())) {
            throw new AccountRefused(AccountRefused.Why.WRONG_PASSWORD);
        }
        accounts.delete(a);
        logins.forget(a.email());
    }
}
