package org.rekindle.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import org.rekindle.app.InvalidInput;
import org.rekindle.app.account.AccountRefused;
import org.rekindle.app.account.DeleteAccount;
import org.rekindle.app.account.LogIn;
import org.rekindle.app.account.SignUp;
import org.rekindle.app.transfer.ImportJournal;
import org.rekindle.app.transfer.JournalFile;
import org.rekindle.store.JourneyExists;
import org.rekindle.store.Account;
import org.rekindle.store.AccountStore;
import org.rekindle.web.pages.FormPages;
import org.rekindle.web.pages.Frame;
import org.rekindle.web.pages.Pages;

/**
 * The multi-user server's own routes: signing up, logging in and out (as pages and as API calls),
 * the journal out and in ({@code GET /api/export}, {@code POST /api/import}), and erasing an account
 * ({@code DELETE /api/account}, with the password). Log-in is rate-limited per account and per
 * address, counted in the database so every instance sees the same count.
 */
final class AccountRoutes {

    static final Set<String> CREDENTIALS = Set.of("email", "password");
    static final Set<String> PASSWORD = Set.of("password");
    /** An import may be larger than any other body: a long journal is a few MB. */
    static final int MAX_IMPORT = 8 * 1024 * 1024;

    private final UseCases use;
    private final SignUp signUps;
    private final LogIn logIns;
    private final DeleteAccount deletions;
    private final JournalSource journals;
    private final AccountAdmission guard;

    private final Pages pages;

    private final Today today;

    AccountRoutes(UseCases use, AccountStore accounts, JournalSource journals, AccountAdmission guard, Pages pages,
                  Today today) {
        this.today = today;
        this.pages = pages;
        this.use = use;
        this.signUps = new SignUp(accounts);
        this.logIns = new LogIn(accounts);
        this.deletions = new DeleteAccount(accounts);
        this.journals = journals;
        this.guard = guard;
    }

    // ---------------------------------------------------------------- the API

    void signup(Context ctx) {
        ObjectNode body = Bodies.object(ctx, CREDENTIALS);
        Account a = signUps.signUp(Bodies.string(body, "email"), Bodies.string(body, "password"));
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
        byte[] file = use.export.export(journals.journal(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"rekindle-export.json\"");
        ctx.status(200).contentType("application/json").result(file);
    }

    void importJournal(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !Bodies.isJson(type)) {
            throw new Problem(415, "Unsupported media type", "send the export file as application/json");
        }
        byte[] body = readUpTo(ctx, MAX_IMPORT);
        JournalFile.Contents contents = use.importer.read(body, "the file", today.get()); // every check before anything is stored
        ImportJournal.Imported imported;
        try {
            imported = use.importer.restore(journals.forNewJourney(ctx), contents);
        } catch (JourneyExists e) {
            throw new Problem(409, "Conflict", "this account already has a journey: import only into an empty one");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imported", imported.events());
        json.put("ex", imported.ex());
        Api.json(ctx, 201, json);
    }

    void deleteAccount(Context ctx) {
        ObjectNode body = Bodies.object(ctx, PASSWORD);
        erase(ctx, Bodies.string(body, "password"));
        ctx.status(204);
    }

    // ---------------------------------------------------------------- the pages

    void loginPage(Context ctx) {
        html(ctx, 200, "Log in", "login.jte", new FormPages.Account(null, ""));
    }

    void loginPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        try {
            Account a = logIn(ctx, form.get("email"), form.get("password"));
            guard.startSession(ctx, a);
            ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Problem | InvalidInput | AccountRefused e) {
            Problem p = Problems.onPage(e, true);
            int status = p.status();
            if (status >= 500) {
                throw e;
            }
            html(ctx, status, "Log in", "login.jte", new FormPages.Account(p.detail(), form.getOrDefault("email", "")));
        }
    }

    void signupPage(Context ctx) {
        html(ctx, 200, "Sign up", "signup.jte", new FormPages.Account(null, ""));
    }

    void signupPost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        try {
            Account a = signUps.signUp(form.get("email"), form.get("password"));
            guard.startSession(ctx, a);
            ctx.redirect("/setup", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Problem | InvalidInput | AccountRefused e) {
            Problem p = Problems.onPage(e, true);
            int status = p.status();
            if (status >= 500) {
                throw e;
            }
            html(ctx, status, "Sign up", "signup.jte", new FormPages.Account(p.detail(), form.getOrDefault("email", "")));
        }
    }

    void accountPage(Context ctx) {
        Account a = guard.account(ctx).orElseThrow();
        html(ctx, 200, "Account", "account.jte", new FormPages.Account(null, a.email()));
    }

    void logoutPost(Context ctx) {
        guard.requireCsrf(ctx, Bodies.form(ctx).get(Admission.CSRF_FIELD));
        guard.endSession(ctx);
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void deletePost(Context ctx) {
        Map<String, String> form = Bodies.form(ctx);
        guard.requireCsrf(ctx, form.get(Admission.CSRF_FIELD));
        try {
            erase(ctx, form.get("password"));
            ctx.redirect("/signup", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Problem | AccountRefused e) {
            Problem p = Problems.onPage(e, true);
            if (p.status() >= 500) {
                throw e;
            }
            Account a = guard.account(ctx).orElseThrow();
            html(ctx, p.status(), "Account", "account.jte", new FormPages.Account(p.detail(), a.email()));
        }
    }

    // ---------------------------------------------------------------- the rules

    private Account logIn(Context ctx, String email, String password) {
        try {
            return logIns.logIn(email, password, LoginAddress.of(ctx));
        } catch (AccountRefused e) {
            retryAfter(ctx, e);
            throw e;
        }
    }

    private void erase(Context ctx, String password) {
        try {
            deletions.delete(guard.account(ctx).orElseThrow(), password, LoginAddress.of(ctx));
        } catch (AccountRefused e) {
            retryAfter(ctx, e);
            throw e;
        }
        guard.endSession(ctx);
    }

    private static void retryAfter(Context ctx, AccountRefused e) {
        if (e.retryAfter() != null) {
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
        }
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

    private void html(Context ctx, int status, String title, String template, Object model) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(pages.render(template, new Frame(title, "", guard.csrfToken(ctx), true), model));
    }
}
