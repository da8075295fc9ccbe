package org.rekindle.draft;

/** The one answer a draft gets: send it, reconsider it, or don't send it now. */
public enum Verdict {
    SEND,
    REVISE,
    HOLD;

    static Verdict of(Severity worst) {
        return switch (worst) {
            case OK -> SEND;
            case CAUTION -> REVISE;
            case BLOCK -> HOLD;
        };
    }
}
