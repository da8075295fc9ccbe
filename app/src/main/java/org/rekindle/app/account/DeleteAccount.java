package org.rekindle.app.account;

import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;

/** Erases an account and every row of it, once its own password is given again. */
public final class DeleteAccount {

    private final AccountStore accounts;

    public DeleteAccount(AccountStore accounts) {
        this.accounts = accounts;
    }

    public void delete(Account a, String password) {
        if (password == null || !Passwords.verify(password, a.passwordHash())) {
            throw new AccountRefused(AccountRefused.Why.WRONG_PASSWORD);
        }
        accounts.delete(a);
    }
}
