package org.rekindle.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The checks every way in shares ({@code init}, {@code log}, {@code journal}, the API, the forms,
 * {@code import}): what a stored text may contain and which days a journey may span. Kept in one
 * place so that no door lets in what another refuses; an import that bypassed them once stored a
 * breakup in year -999999999 that every page then tried to draw.
 *
 * <p>Why these bounds: a journey lies within {@link #MAX_YEARS} years before today, its events
 * between its breakup and today, so every loop or chart over its days is bounded by construction.
 * A stored text holds what a person can type: no NUL (PostgreSQL refuses it, so such a journal
 * could not move to a server), no other control character but tab and line breaks (they rewrite a
 * terminal: {@code ESC[31m}), no lone surrogate (stored as '?', so what was logged is not what is read).
 */
public final class InputChecks {

    /** How far back a breakup may lie. */
    public static final int MAX_YEARS = 100;
    /** The earliest and latest moment a journal records anything as logged. */
    static final Instant EARLIEST_RECORD = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST_RECORD = Instant.parse("9999-12-31T23:59:59Z");

    private InputChecks() {
    }

    /** {@code value} when it is fit to store; else an {@link InvalidInput} naming {@code field}, the character and where. */
    public static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw InvalidInput.of(field, "is " + value.length() + " characters long", "keep it under " + maxLength);
        }
        String bad = badCharacter(value);
        if (bad != null) {
            throw InvalidInput.of(field, bad, "remove it and send the text again");
        }
        return value;
    }

    /** Every string among {@code fields} checked as a text (the lengths are the schema's to check). */
    public static void texts(Map<String, ?> fields) {
        if (fields != null) {
            fields.forEach((name, value) -> {
                if (value instanceof String s) {
                    text(name, s, org.rekindle.journey.EventSchema.MAX_TEXT);
                }
            });
        }
    }

    /** A one-line text (a name, an email): as {@link #text}, and no tab or line break either. */
    public static String line(String field, String value, int maxLength) {
        text(field, value, maxLength);
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\t' || c == '\n' || c == '\r') {
                    throw InvalidInput.of(field, "contains a " + (c == '\t' ? "tab" : "line break") + " at position " + (i + 1),
                            "keep it on one line");
                }
            }
        }
        return value;
    }

    /** What is wrong with the first unfit character of {@code value}, or null when all are fit. */
    public static String badCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return "contains the control character U+" + hex(c) + " at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "contains a lone surrogate U+" + hex(c) + " at position " + (i + 1) + " (not a character)";
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return "contains the non-character U+" + hex(c) + " at position " + (i + 1);
            }
        }
        return null;
    }

    /** A breakup on or before today and at most {@link #MAX_YEARS} years before it. */
    public static LocalDate breakup(String field, LocalDate breakup, LocalDate today) {
        if (breakup.isAfter(today)) {
            throw InvalidInput.of(field, breakup + " is after today (" + today + ")", "give the day it ended");
        }
        if (breakup.isBefore(today.minusYears(MAX_YEARS))) {
            throw InvalidInput.of(field, breakup + " is more than a hundred years before today (" + today + ")",
                    "give the day it ended");
        }
        return breakup;
    }

    /** The day of an event: on or after the breakup, not after today. */
    public static LocalDate day(String field, LocalDate day, LocalDate breakup, LocalDate today) {
        if (day.isBefore(breakup)) {
            throw InvalidInput.of(field, day + " is before the breakup (" + breakup + ")", "give a day on or after it");
        }
        if (day.isAfter(today)) {
            throw InvalidInput.of(field, day + " is after today (" + today + ")", "log what has happened, on the day it did");
        }
        return day;
    }

    /** The moment something was logged: within the years a computer clock can honestly say. */
    public static Instant recorded(String field, Instant at) {
        if (at.isBefore(EARLIEST_RECORD) || at.isAfter(LATEST_RECORD)) {
            throw InvalidInput.of(field, at + " is not a moment anything was logged", "give one between 1970 and 9999");
        }
        return at;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
