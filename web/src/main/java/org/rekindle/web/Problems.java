package org.rekindle.web;

import java.time.DateTimeException;

import io.javalin.http.HttpResponseException;

import org.rekindle.app.InvalidInput;
import org.rekindle.app.account.AccountRefused;
import org.rekindle.app.review.DraftReviewUnavailable;
import org.rekindle.store.JourneyExists;
import org.rekindle.store.NoJourney;
import org.rekindle.store.StoreBusy;
import org.rekindle.store.StoreUnavailable;
import org.rekindle.store.DiskFull;
import org.rekindle.store.FolderNotPrivate;
import org.rekindle.store.JournalDamaged;
import org.rekindle.store.ReadOnlyJournal;
import org.rekindle.store.TextSeal;

/**
 * What a refusal or failure means to the person who sent the request, in the web's words (fields
 * as JSON names them, the setup page and the API as the way in). Mapped by type, never by message.
 */
final class Problems {
    private Problems() {
    }

    /** A field as JSON names it. */
    static String field(String name) {
        return name;
    }

    /** A field as the pages' forms call it, for the person who filled them in. */
    static String label(String name) {
        return switch (name) {
            case "ex" -> "their name";
            case "breakup" -> "the day you broke up";
            case "ended_by" -> "who ended it";
            case "cooling_days" -> "the days of no contact";
            case "at" -> "the day";
            case "why" -> "what went wrong";
            case "text" -> "the text";
            case "note" -> "the note";
            case "mood" -> "the mood";
            case "email" -> "the email";
            case "password" -> "the password";
            case "meeting", "outcome", "response" -> "the answer";
            default -> name;
        };
    }

    /** As {@link #of}, for a page: a refused field named as its form names it, the sentence begun as one. */
    static Problem onPage(Exception e, boolean multiUser) {
        if (e instanceof InvalidInput i) {
            String said = i.sentence(Problems::label);
            return Problem.badRequest(Character.toUpperCase(said.charAt(0)) + said.substring(1));
        }
        return of(e, multiUser);
    }

    static Problem of(Exception e, boolean multiUser) {
        return switch (e) {
            case Problem p -> p;
            case InvalidInput i -> Problem.badRequest(i.sentence(Problems::field));
            case NoJourney n -> new Problem(404, "No journey", multiUser
                    ? "no journey yet for this account: start one on the setup page or with POST /api/journey"
                    : "no journey yet in this data folder: start one on the setup page or with POST /api/journey");
            case JourneyExists j -> new Problem(409, "Conflict", multiUser
                    ? "this account already has a journey: one journey per account"
                    : "a journey already exists in this data folder: see it with GET /api/status, "
                            + "or serve another --data-dir for a new one");
            case AccountRefused a -> switch (a.why()) {
                case EMAIL_TAKEN -> new Problem(409, "Conflict", "an account with this email already exists: log in instead");
                case WRONG_CREDENTIALS -> new Problem(401, "Unauthorized", "wrong email or password");
                case TOO_MANY_FAILURES -> new Problem(429, "Too many requests", (a.detail() == null ? "too many failed log-ins"
                        : a.detail()) + ": wait " + wait(a.retryAfter()) + ", then try again");
                case BUSY -> new Problem(503, "Busy", "the server is checking many passwords just now: try again in a few seconds");
                case WRONG_PASSWORD -> new Problem(403, "Forbidden", "the password is not right: the account is kept");
            };
            case DraftReviewUnavailable u -> new Problem(503, "Service unavailable", u.getMessage());
            case StoreUnavailable u -> new Problem(503, "Service unavailable", u.getMessage() + "; try again in a moment");
            case DiskFull f -> new Problem(507, "Insufficient storage", f.getMessage());
            case JournalDamaged d -> new Problem(503, "Journal damaged", d.getMessage()
                    + ": restore from an export into a new data folder; 'rekindle doctor' on the server says more");
            case ReadOnlyJournal r -> new Problem(503, "Read-only", r.getMessage()
                    + "; make the data folder writable to log again");
            case TextSeal.WrongPassphrase w -> new Problem(503, "Journal encrypted", w.getMessage()
                    + ": the server reads the passphrase from REKINDLE_PASSPHRASE when it starts");
            case FolderNotPrivate f -> new Problem(503, "Data folder not private", f.getMessage());
            case StoreBusy b -> new Problem(503, "Busy", "the journal stayed busy: another rekindle is writing; try again");
            case IllegalArgumentException i -> Problem.badRequest(i.getMessage());
            case DateTimeException d -> Problem.badRequest("a date is out of range: " + d.getMessage());
            case HttpResponseException h -> new Problem(h.getStatus(), Bodies.clip(h.getMessage()),
                    h.getStatus() == 413 ? Bodies.tooLarge().detail() : Bodies.clip(h.getMessage()));
            default -> {
                System.err.println("rekindle serve: unexpected error: " + e);
                e.printStackTrace();
                yield new Problem(500, "Internal error", "unexpected error: " + e.getClass().getSimpleName()
                        + "; the journal is unchanged unless the answer said otherwise");
            }
        };
    }

    private static String wait(java.time.Duration d) {
        long s = d == null ? 900 : d.toSeconds();
        return s < 90 ? s + " seconds" : (s + 59) / 60 + " minutes";
    }
}
