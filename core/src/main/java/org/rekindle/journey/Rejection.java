package org.rekindle.journey;

import java.util.Objects;

/**
 * Why some input was refused, as a value: which field (in its neutral name, {@code ended_by}, or
 * null when no one field is to blame), what is wrong, and how to fix it. Each front end words the
 * field for its reader ({@code --ended-by} on the command line, {@code ended_by} in JSON): the
 * sentence is {@code lead + FIELD + " " + problem + ": " + fix}.
 *
 * @param lead words before the field's name, often empty ({@code "feelings needs "})
 */
public record Rejection(String lead, String field, String problem, String fix) {

    public Rejection {
        lead = lead == null ? "" : lead;
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** The field is wrong: {@code FIELD problem: fix}. */
    public static Rejection of(String field, String problem, String fix) {
        return new Rejection("", field, problem, fix);
    }

    /** Nothing one field is to blame for: {@code problem: fix}. */
    public static Rejection general(String problem, String fix) {
        return new Rejection("", null, problem, fix);
    }

    /** The sentence, with the field named by {@code name} (e.g. {@code f -> "--" + f}). */
    public String sentence(java.util.function.Function<String, String> name) {
        String head = field == null ? lead + problem : lead + name.apply(field) + (problem.isEmpty() ? "" : " " + problem);
        return head + ": " + fix;
    }

    /** Input refused for a {@link Rejection}: what the checks in the core throw. */
    public static final class Refused extends IllegalArgumentException {
        private final Rejection rejection;

        public Refused(Rejection rejection) {
            super(rejection.sentence(f -> f));
            this.rejection = rejection;
        }

        public Rejection rejection() {
            return rejection;
        }
    }
}
