package org.rekindle.draft;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft in the form the rules read: lower case, curly quotes and dashes folded,
 * letters repeated three or more times squeezed ("sooo" → "so"), and common
 * texting spellings spelled out ("u" → "you", "wanna" → "want to"), so one rule
 * covers the way people really type. Every normalised char remembers the range of
 * the original it came from, so a match maps back to a span of what the user
 * wrote, emoji and right-to-left text included.
 */
public final class NormalizedText {

    // Texting spellings -> the words the rules are written in. Whole tokens only.
    private static final Map<String, String> SLANG = Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ya", "you"), Map.entry("yu", "you"),
            Map.entry("ur", "your"), Map.entry("youre", "you're"), Map.entry("r", "are"),
            Map.entry("luv", "love"), Map.entry("lov", "love"), Map.entry("ily", "i love you"),
            Map.entry("wanna", "want to"), Map.entry("gonna", "going to"), Map.entry("gotta", "got to"),
            Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("dont", "don't"),
            Map.entry("cant", "can't"), Map.entry("didnt", "didn't"), Map.entry("doesnt", "doesn't"),
            Map.entry("isnt", "isn't"), Map.entry("wasnt", "wasn't"), Map.entry("thats", "that's"),
            Map.entry("whats", "what's"), Map.entry("ngl", "not gonna lie"), Map.entry("idk", "i don't know"),
            Map.entry("tbh", "to be honest"), Map.entry("rn", "right now"), Map.entry("tho", "though"),
            Map.entry("bc", "because"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("cos", "because"), Map.entry("pls", "please"), Map.entry("plz", "please"),
            Map.entry("thx", "thanks"), Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"),
            Map.entry("2nite", "tonight"), Map.entry("tonite", "tonight"), Map.entry("2day", "today"),
            Map.entry("gf", "girlfriend"), Map.entry("bf", "boyfriend"), Map.entry("bby", "baby"),
            Map.entry("msg", "message"), Map.entry("txt", "text"), Map.entry("b4", "before"),
            Map.entry("ppl", "people"), Map.entry("bday", "birthday"), Map.entry("lmk", "let me know"),
            Map.entry("wud", "would"), Map.entry("wld", "would"), Map.entry("cud", "could"),
            Map.entry("shud", "should"), Map.entry("w/", "with"), Map.entry("abt", "about"),
            Map.entry("realise", "realize"), Map.entry("realised", "realized"), Map.entry("favourite", "favorite"),
            Map.entry("apologise", "apologize"), Map.entry("miz", "miss"), Map.entry("mis", "miss"));

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+/?");

    private final String original;
    private final String text;
    private final int[] from; // normalised index -> first original char
    private final int[] to;   // normalised index -> one past the last original char

    private NormalizedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public static NormalizedText of(String original) {
        Builder folded = fold(original);
        return spellOut(original, folded);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** The original span behind normalised chars {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        if (start >= end) {
            int at = start < from.length ? from[start] : original.length();
            return new Span(at, at);
        }
        return new Span(from[start], to[end - 1]);
    }

    // Step 1: per code point, lower case, fold punctuation, squeeze letter runs.
    private static Builder fold(String s) {
        Builder b = new Builder(s.length());
        int i = 0;
        int runCp = -1;
        int runLen = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            int mapped = switch (lower) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r' -> ' ';
                case '\u2026' -> '.';
                default -> lower;
            };
            if (Character.isLetter(mapped) && mapped == runCp) {
                runLen++;
            } else {
                runCp = mapped;
                runLen = 1;
            }
            if (runLen >= 3) {
                // "sooo" -> "so": widen the range of the kept letter over the squeezed ones,
                // and drop the second copy that was kept while the run was two long.
                if (runLen == 3) {
                    b.dropLast(Character.charCount(mapped));
                }
                b.widenLast(i + n);
            } else {
                b.append(mapped, i, i + n);
            }
            i += n;
        }
        return b;
    }

    // Step 2: spell out texting tokens; each replacement char maps to the whole token.
    private static NormalizedText spellOut(String original, Builder folded) {
        String t = folded.sb.toString();
        Builder out = new Builder(t.length() + 16);
        Matcher m = TOKEN.matcher(t);
        int last = 0;
        while (m.find()) {
            out.copy(folded, last, m.start());
            String tok = m.group();
            String rep = SLANG.get(tok);
            if (rep == null) {
                out.copy(folded, m.start(), m.end());
            } else {
                int s = folded.from[m.start()];
                int e = folded.to[m.end() - 1];
                for (int k = 0; k < rep.length(); k++) {
                    out.append(rep.charAt(k), s, e);
                }
            }
            last = m.end();
        }
        out.copy(folded, last, t.length());
        return new NormalizedText(original, out.sb.toString(),
                java.util.Arrays.copyOf(out.from, out.sb.length()),
                java.util.Arrays.copyOf(out.to, out.sb.length()));
    }

    private static final class Builder {
        final StringBuilder sb;
        int[] from;
        int[] to;

        Builder(int capacity) {
            sb = new StringBuilder(capacity);
            from = new int[Math.max(16, capacity)];
            to = new int[from.length];
        }

        void append(int cp, int s, int e) {
            char[] chars = Character.toChars(cp);
            for (char c : chars) {
                ensure();
                from[sb.length()] = s;
                to[sb.length()] = e;
                sb.append(c);
            }
        }

        void copy(Builder src, int s, int e) {
            for (int k = s; k < e; k++) {
                ensure();
                from[sb.length()] = src.from[k];
                to[sb.length()] = src.to[k];
                sb.append(src.sb.charAt(k));
            }
        }

        void dropLast(int chars) {
            sb.setLength(sb.length() - chars);
        }

        void widenLast(int end) {
            to[sb.length() - 1] = end;
        }

        private void ensure() {
            if (sb.length() == from.length) {
                from = java.util.Arrays.copyOf(from, from.length * 2);
                to = java.util.Arrays.copyOf(to, to.length * 2);
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
