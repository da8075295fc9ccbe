package org.rekindle.web;

/**
 * A refusal with an HTTP status and a sentence for the person: rendered as
 * {@code application/problem+json} (RFC 9457) on the API, as a short page elsewhere.
 */
public final class Problem extends RuntimeException {

    private final int status;
    private final String title;

    public Problem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail);
    }
}
