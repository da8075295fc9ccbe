package org.rekindle.app;

import org.rekindle.journey.Rejection;

/**
 * A request refused for what it asked: which field, what is wrong, how to fix it
 * ({@link Rejection}). Nothing was stored. The command line answers exit 2 with the sentence in
 * its own words ({@code --at}), the web 400 with it in JSON's ({@code at}).
 */
public class InvalidInput extends RuntimeException {

    private final Rejection rejection;

    public InvalidInput(Rejection rejection) {
        super(rejection.sentence(f -> f), null, false, false);
        this.rejection = rejection;
    }

    public static InvalidInput of(String field, String problem, String fix) {
        return new InvalidInput(Rejection.of(field, problem, fix));
    }

    public static InvalidInput general(String problem, String fix) {
        return new InvalidInput(Rejection.general(problem, fix));
    }

    public Rejection rejection() {
        return rejection;
    }

    /** The sentence with each field named as the reader knows it. */
    public String sentence(java.util.function.Function<String, String> name) {
        return rejection.sentence(name);
    }
}
