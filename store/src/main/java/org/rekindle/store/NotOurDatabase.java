package org.rekindle.store;

import java.nio.file.Path;

/** The file where the journal should be is something else; it is left untouched. */
public final class NotOurDatabase extends StoreException {

    /** What the file turned out to be. */
    public enum Why {
        /** Not a SQLite database at all. */
        NOT_SQLITE,
        /** A SQLite database without rekindle's tables. */
        SOMEONE_ELSES,
        /** rekindle's, written by a newer version with a schema this one does not know. */
        NEWER_SCHEMA
    }

    private final Path file;
    private final Why why;
    private final int schema;

    public NotOurDatabase(Path file, Why why, int schema) {
        super(file + ": " + why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (why == Why.NEWER_SCHEMA ? " " + schema : ""));
        this.file = file;
        this.why = why;
        this.schema = schema;
    }

    public Path file() {
        return file;
    }

    public Why why() {
        return why;
    }

    /** The schema version found, for {@link Why#NEWER_SCHEMA}. */
    public int schema() {
        return schema;
    }
}
