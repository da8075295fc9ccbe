package org.rekindle.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import org.rekindle.app.InputChecks;
import org.rekindle.app.JournalFile;
import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;
import org.rekindle.store.LoginThrottle;
import org.rekindle.web.pages.AccountViews;
import org.rekindle.web.pages.Html;

/**
 * The multi-user server's own routes: signing up, logging in and out (as pages and as API calls),
 * the journal out and in ({@code GET /api/export}, {@code POST /api/import}), and erasing an account
 * ({@code DELETE /api/account}, with the password). Every password check (log-in, erasure) is
 * first admitted by the {@link LoginThrottle}, in the database, so the limits hold across instances
 * and under concurrent guesses.
 */
final class AccountRoutes {

    static final Set<String> CREDENTIALS = Set.of("email", "password");
    static final Set<String> PASSWORD = Set.of("password");
    /** An import may be larger than any other body: a long journal is a few MB. */
    static final int MAX_IMPORT = 8 * 1024 * 1024;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{1,63}");

    private final AccountStore accounts;
    private final AccountJournal journal;
    private final AccountGuard guard;
    private final LoginThrottle logins;

    AccountRoutes(AccountStore accounts, LoginThrottle logins, AccountJournal journal, AccountGuard guard) {
        this.accounts = accounts;
        this.logins = logins;
        this.journal = journal;
        this.guard = guard;
    }

    // ---------------------------------------------------------------- the API

    void signup(Context ctx) {
        ObjectNode body = Bodies.object(ctx, CREDENTIALS);
        Account a = signUp(Bodies.string(body, "email"), Bodies.string(body, "password"));
        guard.startSession(ctx, a);
        Api.json(ctx, 201, session(ctx, a));
    }

    void login(Context ctx) {
        ObjectNode body = Bodies.object(ctx, CREDENTIALS);
        Account a = logIn(ctx, Bodies.string(body, "email"), Bodies.string(body, "password"));
        guard.startSession(ctx, a);
        Api.json(ctx, 200, session(ctx, a));
    }

    void logout(Context ctx) {
        guard.endSession(ctx);
        ctx.status(204);
    }

    void me(Context ctx) {
        Account a = guard.account(ctx).orElseThrow();
        Api.json(ctx, 200, session(ctx, a));
    }

    void export(Context ctx) {
        byte[] file;
        try (Workspace w = journal.workspace(false)) {
            file = JournalFile.write(JournalFile.of(w));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"rekindle-export.json\"");
        ctx.status(200).contentType("application/json").result(file);
    }

    void importJournal(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !Bodies.isJson(type)) {
            throw new Problem(415, "Unsupported media type", "send the export file as application/json");
        }
        byte[] body = readUpTo(ctx, MAX_IMPORT);
        JournalFile.Contents contents;
        try (Workspace w = journal.workspace(true)) {
            contents = JournalFile.read(body, "the file", w.today); // every check before anything is stored
            if (w.store.journey().isPresent()) {
                throw new Problem(409, "Conflict", "this account already has a journey: import only into an empty one");
            }
            JournalFile.restore(w.store, contents);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imported", contents.events().size());
        json.put("ex", contents.journey().ex());
        Api.json(ctx, 201, json);
    }

    void deleteAccount(Context ctx) {
        ObjectNode body = Bodies.object(ctx, PASSWORD);
        erase(ctx, Bodies.string(body, "password"));
        ctx.status(204);
    }

    // ---------------------------------------------------------------- the pages

    void loginPage(Context ctx) {
        html(ctx, 200, "Log in", AccountViews.login(null, ""));
    }

    void loginPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        try {
            Account a = logIn(ctx, form.get("email"), form.get("password"));
            guard.startSession(ctx, a);
            ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Problem | UserError e) {
            int status = e instanceof Problem p ? p.status() : 400;
            if (status >= 500) {
                throw e;
            }
            html(ctx, status, "Log in", AccountViews.login(e.getMessage(), form.getOrDefault("email", "")));
        }
    }

    void signupPage(Context ctx) {
        html(ctx, 200, "Sign up", AccountViews.signup(null, ""));
    }

    void signupPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        try {
            Account a = signUp(form.get("email"), form.get("password"));
            guard.startSession(ctx, a);
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Problem | UserError e) {
            int status = e instanceof Problem p ? p.status() : 400;
            if (status >= 500) {
                throw e;
            }
            html(ctx, status, "Sign up", AccountViews.signup(e.getMessage(), form.getOrDefault("email", "")));
        }
    }

    void accountPage(Context ctx) {
        Account a = guard.account(ctx).orElseThrow();
        html(ctx, 200, "Account", AccountViews.account(guard.csrfToken(ctx), a.email(), null));
    }

    void logoutPost(Context ctx) {
        guard.requireCsrf(ctx, Bodies.form(ctx).get(Guard.CSRF_FIELD));
        guard.endSession(ctx);
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void deletePost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        guard.requireCsrf(ctx, form.get(Guard.CSRF_FIELD));
        try {
            erase(ctx, form.get("password"));
            ctx.redirect("/signup", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Problem e) {
            if (e.status() >= 500) {
                throw e;
            }
            Account a = guard.account(ctx).orElseThrow();
            html(ctx, e.status(), "Account", AccountViews.account(guard.csrfToken(ctx), a.email(), e.getMessage()));
        }
    }

    // ---------------------------------------------------------------- the rules

    private Account signUp(String email, String password) {
        String e = checkedEmail(email);
        InputChecks.text("'password'", password, Passwords.MAX_LENGTH * 2);
        String weak = Passwords.weakness(password);
        if (weak != null) {
            throw Problem.badRequest(weak);
        }
        return accounts.create(e, Passwords.hash(password)).orElseThrow(() -> new Problem(409, "Conflict",
                "an account with this email already exists: log in instead"));
    }

    private Account logIn(Context ctx, String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw Problem.badRequest("'email' and 'password' are required");
        }
        InputChecks.line("'email'", email, 254);
        InputChecks.text("'password'", password, Passwords.MAX_LENGTH);
        String account = AccountStore.normal(email);
        String address = LoginAddress.of(ctx);
        long attempt = admitAttempt(ctx, account, address); // counted before any hashing
        Optional<Account> a = accounts.byEmail(account);
        boolean ok;
        if (a.isPresent()) {
            ok = Passwords.verify(password, a.get().passwordHash());
        } else {
            Passwords.verifyNothing(password);
            ok = false;
        }
        if (!ok) {
            throw new Problem(401, "Unauthorized", "wrong email or password");
        }
        logins.succeeded(attempt, account, address);
        return a.get();
    }

    /** Checks and records one password attempt atomically; refused with 429 and when to come back. */
    private long admitAttempt(Context ctx, String account, String address) {
        return switch (logins.begin(account, address)) {
            case LoginThrottle.Decision.Allowed ok -> ok.attempt();
            case LoginThrottle.Decision.Refused no -> {
                ctx.header("Retry-After", String.valueOf(no.retryAfter().toSeconds()));
                throw new Problem(429, "Too many requests", no.why() + ": wait " + wait(no.retryAfter())
                        + ", then try again");
            }
        };
    }

    private static String wait(Duration d) {
        long s = d.toSeconds();
        return s < 90 ? s + " seconds" : (s + 59) / 60 + " minutes";
    }

    private void erase(Context ctx, String password) {
        Account a = guard.account(ctx).orElseThrow();
        if (password == null || password.isEmpty()) {
            throw new Problem(403, "Forbidden", "the password is not right: the account is kept");
        }
        // a wrong password here is a guess like a wrong log-in, and counted the same way
        String address = LoginAddress.of(ctx);
        long attempt = admitAttempt(ctx, a.email(), address);
        if (!Passwords.verify(password, a.passwordHash())) {
            throw new Problem(403, "Forbidden", "the password is not right: the account is kept");
        }
        accounts.delete(a);
        logins.forget(a.email());
        guard.endSession(ctx);
    }

    private static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            throw Problem.badRequest("'email' is required");
        }
        InputChecks.line("'email'", email, 300);
        String e = java.text.Normalizer.normalize(email, java.text.Normalizer.Form.NFKC).strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw Problem.badRequest("'" + Bodies.clip(e) + "' is not an email address like name@example.org");
        }
        return e;
    }

    private Map<String, Object> session(Context ctx, Account a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", a.email());
        json.put("csrf", guard.csrfToken(ctx));
        return json;
    }

    private static byte[] readUpTo(Context ctx, int max) {
        if (ctx.req().getContentLengthLong() > max) {
            throw new Problem(413, "Content too large", "the file is larger than " + max / (1024 * 1024) + " MB");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw new Problem(413, "Content too large", "the file is larger than " + max / (1024 * 1024) + " MB");
            }
            return body;
        } catch (IOException e) {
            throw Problem.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private void html(Context ctx, int status, String title, String main) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(Html.page(title, "", guard.csrfToken(ctx), main));
    }
}
