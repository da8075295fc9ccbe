package org.rekindle.journey;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing for the small word-valued options ({@code --outcome well}): one message for every one of them. */
final class Choice {
    private Choice() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        if (text == null) {
            throw new IllegalArgumentException(option + " is required: use one of " + words(type));
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " '" + text + "' is not known: use one of " + words(type));
    }

    static <E extends Enum<E>> String word(E e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> String words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::word).collect(Collectors.joining("|"));
    }
}
