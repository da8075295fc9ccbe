package org.rekindle.store;

import java.time.LocalDate;

/**
 * Reads the dates the store itself wrote ({@code YYYY-MM-DD}) without the general formatter:
 * a status folds every event, and {@link LocalDate#parse} is a measurable share of that.
 */
final class IsoDates {
    private IsoDates() {
    }

    static LocalDate parse(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s); // anything unusual: the full parser, with its own error
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
