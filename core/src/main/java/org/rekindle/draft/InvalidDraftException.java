package org.rekindle.draft;

/** A draft that cannot be reviewed, with what is wrong and how to fix it. */
public final class InvalidDraftException extends IllegalArgumentException {
    private final String fix;

    public InvalidDraftException(String problem, String fix) {
        super(problem + " " + fix);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
