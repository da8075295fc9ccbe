/**
 * Accounts of the multi-user server, one use case a class: {@link org.rekindle.app.account.SignUp},
 * {@link org.rekindle.app.account.LogIn} (rate-limited per account and per address, counted in the
 * database) and {@link org.rekindle.app.account.DeleteAccount}; passwords as Argon2id hashes
 * ({@link org.rekindle.app.account.Passwords}). Refusals are {@link org.rekindle.app.account.AccountRefused}
 * values the web words for itself; sessions and cookies stay the web's business.
 */
package org.rekindle.app.account;
