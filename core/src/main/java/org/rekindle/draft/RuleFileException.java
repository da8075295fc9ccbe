package org.rekindle.draft;

/** A data file of draft review that cannot be used, naming the file and the entry at fault. */
public final class RuleFileException extends RuntimeException {
    public RuleFileException(String file, String entry, String problem) {
        super(file + (entry == null ? "" : ", " + entry) + ": " + problem);
    }

    public RuleFileException(String file, String entry, String problem, Throwable cause) {
        super(file + (entry == null ? "" : ", " + entry) + ": " + problem, cause);
    }
}
