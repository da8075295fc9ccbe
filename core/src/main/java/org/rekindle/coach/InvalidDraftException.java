package org.rekindle.coach;

/** A draft the coach cannot review, with what is wrong and how to fix it. */
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
