package org.rekindle.store;

import java.nio.file.Path;

/** The data folder (or the journal file in it) cannot be used as it is: the user picks another or fixes it. */
public final class DataFolderUnusable extends StoreException {

    /** What is wrong with it. */
    public enum Why {
        /** A file stands where the folder should be. */
        IS_A_FILE,
        /** The folder cannot be created or written. */
        NOT_WRITABLE,
        /** The journal file cannot be read. */
        NOT_READABLE
    }

    private final Path path;
    private final Why why;
    private final String reason;

    public DataFolderUnusable(Path path, Why why, String reason) {
        super(path + ": " + why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (reason == null ? "" : " (" + reason + ")"));
        this.path = path;
        this.why = why;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public Why why() {
        return why;
    }

    /** The system's word for it (permission denied, read-only file system…), or null. */
    public String reason() {
        return reason;
    }
}
