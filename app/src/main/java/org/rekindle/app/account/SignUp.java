package org.rekindle.app.account;

import java.util.regex.Pattern;

import org.rekindle.app.InputChecks;
import org.rekindle.app.InvalidInput;
import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;

/** A new account on the multi-user server: a well-formed email not yet taken, a password long enough. */
public final class SignUp {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{1,63}");

    private final AccountStore accounts;

    public SignUp(AccountStore accounts) {
        this.accounts = accounts;
    }

    public Account signUp(String email, String password) {
        String e = checkedEmail(email);
        InputChecks.text("password", password, Passwords.MAX_LENGTH * 2);
        String weak = Passwords.weakness(password);
        if (weak != null) {
            throw InvalidInput.general(weak, "choose another password");
        }
        return accounts.create(e, Passwords.hash(password))
                .orElseThrow(() -> new AccountRefused(AccountRefused.Why.EMAIL_TAKEN));
    }

    static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            throw InvalidInput.of("email", "is required", "give the email address you log in with");
        }
        InputChecks.line("email", email, 300);
        // NFKC: a full-width or otherwise compatible look-alike (ａlice@…) is the same address as its plain form
        String e = java.text.Normalizer.normalize(email, java.text.Normalizer.Form.NFKC).strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            String shown = e.length() > 120 ? e.substring(0, 120) + "…" : e;
            throw InvalidInput.general("'" + shown.replaceAll("\\p{Cntrl}", " ") + "' is not an email address",
                    "write one like name@example.org");
        }
        return e;
    }
}
