package org.rekindle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.rekindle.app.InvalidInput;
import org.rekindle.app.review.DraftReviewUnavailable;
import org.rekindle.playbook.PlaybookException;
import org.rekindle.store.BadDatabaseAddress;
import org.rekindle.store.DataFolderUnusable;
import org.rekindle.store.JourneyExists;
import org.rekindle.store.NoJourney;
import org.rekindle.store.NotOurDatabase;
import org.rekindle.store.StoreBusy;
import org.rekindle.store.StoreException;
import org.rekindle.store.FolderNotPrivate;
import org.rekindle.store.JournalDamaged;
import org.rekindle.store.ReadOnlyJournal;
import org.rekindle.store.TextSeal;
import org.rekindle.store.StoreUnavailable;

/**
 * How a failed command is reported: one line on stderr in the command line's own words (its
 * options, its commands), and the exit code that says whose fault it was: 2 for what the user can
 * fix, 1 for anything else. Every refusal arrives typed; none is matched by its text.
 */
final class Errors {

    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    private Errors() {
    }

    /** A field as the command line names it: {@code ended_by} is {@code --ended-by}, the kind is KIND. */
    static String option(String field) {
        return "kind".equals(field) ? "KIND" : "--" + field.replace('_', '-');
    }

    static int report(Throwable ex, PrintWriter err, Path dataDir) {
        int code = BAD_INPUT;
        String dir = dataDir == null ? "this data folder" : dataDir.toAbsolutePath().normalize().toString();
        String message = switch (ex) {
            case InvalidInput i -> i.sentence(Errors::option);
            case CliInput c -> c.getMessage();
            case IllegalArgumentException i -> i.getMessage();
            case NoJourney n -> "no journey yet in " + dir + ": start one with 'rekindle init --ex NAME --breakup YYYY-MM-DD'";
            case JourneyExists j -> "a journey already exists in this data folder: see it with 'rekindle status', "
                    + "or use another --data-dir for a new one";
            case DataFolderUnusable d -> switch (d.why()) {
                case IS_A_FILE -> "the data folder " + d.path() + " is a file, not a folder: pick a folder with --data-dir";
                case NOT_WRITABLE -> d.path().endsWith("rekindle.db")
                        ? "cannot write " + d.path() + " (" + d.reason() + "): fix its permissions or pick another --data-dir"
                        : "cannot write to the data folder " + d.path() + " (" + d.reason()
                                + "): pick a writable folder with --data-dir or REKINDLE_HOME";
                case NOT_READABLE -> "cannot read " + d.path() + " (" + d.reason() + "): fix its permissions or pick another --data-dir";
            };
            case NotOurDatabase n -> switch (n.why()) {
                case NOT_SQLITE -> n.file() + " is not a rekindle database (not even SQLite): move it away or pick another "
                        + "folder with --data-dir";
                case SOMEONE_ELSES -> n.file() + " is a SQLite database, but not rekindle's: move it away or pick another "
                        + "folder with --data-dir";
                case NEWER_SCHEMA -> n.file() + " was written by a newer rekindle (schema " + n.schema() + "): update rekindle";
            };
            case BadDatabaseAddress b -> "--db is not a valid address (" + b.reason()
                    + "): give postgresql://HOST:PORT/DB?user=U&password=P";
            case StoreUnavailable u when u.atStart() -> u.getMessage() + ": check --db and that the server is running";
            case StoreBusy b -> {
                code = FAILED;
                yield b.getMessage() + ": another rekindle is writing; try again";
            }
            case StoreUnavailable u -> {
                code = FAILED;
                yield u.getMessage() + ": try again in a moment";
            }
            case DraftReviewUnavailable d -> {
                code = FAILED;
                yield d.getMessage();
            }
            case ReadOnlyJournal r -> r.getMessage() + "; make it writable or pick another --data-dir";
            case TextSeal.WrongPassphrase w -> w.why() == TextSeal.WrongPassphrase.Why.NONE_GIVEN
                    ? "this journal is encrypted: give its passphrase in REKINDLE_PASSPHRASE (or run the command in a "
                            + "terminal to be asked)"
                    : w.getMessage();
            case FolderNotPrivate f -> f.getMessage() + ", or pick another --data-dir";
            case JournalDamaged d -> {
                code = FAILED;
                yield d.getMessage() + ": restore from an export: 'rekindle import FILE' into a new --data-dir "
                        + "(or move the damaged file away first); 'rekindle doctor' says more";
            }
            case StoreException s -> {
                code = FAILED;
                yield s.getMessage();
            }
            case PlaybookException p -> {
                code = FAILED;
                yield "the playbook is broken: " + p.getMessage();
            }
            default -> {
                code = FAILED;
                yield "unexpected error: " + ex;
            }
        };
        err.println("rekindle: " + oneLine(message));
        err.flush();
        return code;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
