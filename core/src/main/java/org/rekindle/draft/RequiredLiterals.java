package org.rekindle.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal strings a regular expression cannot match without: a set of which every match
 * contains at least one ({@code \bmiss(?:ing)? (?:you|us)\b} → {@code ["miss"]};
 * {@code \bquick call\b|\bcome over\b} → {@code ["quick call", "come over"]}). A text that
 * contains none of them cannot match, so {@link RuleBook#check} skips the rule without running
 * its patterns: most rules do not apply to most drafts, and the patterns were most of a
 * review's rule time (about 0.6 ms a draft for 231 patterns).
 *
 * <p>Conservative by construction: anything it does not understand (inline flags, {@code \Q},
 * a stray brace) gives {@code null}, "no literal known, always run the pattern". Optional
 * parts ({@code x?}, {@code (...)*}, {@code {0,n}}) and lookarounds never supply a literal;
 * character classes, {@code .}, {@code \w}, {@code \b}… end a literal. {@code RequiredLiteralsTest}
 * checks on every rule example and every draft we have that no pattern ever matches a text
 * its literals rule out.
 */
final class RequiredLiterals {

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** Literals one of which every match of {@code regex} contains, or null when we cannot tell. */
    static List<String> of(String regex) {
        try {
            RequiredLiterals p = new RequiredLiterals(regex);
            Set<String> r = p.alternation();
            if (p.pos != regex.length() || r == null || r.contains("")) {
                return null;
            }
            return List.copyOf(r);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // alternation := sequence ('|' sequence)*  — a match contains a literal of the branch it took
    private Set<String> alternation() {
        Set<String> out = new LinkedHashSet<>();
        boolean known = true;
        while (true) {
            Set<String> s = sequence();
            if (s == null) {
                known = false;
            } else {
                out.addAll(s);
            }
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
            } else {
                return known ? out : null;
            }
        }
    }

    // A sequence needs each of its non-optional parts; keep the most selective one we can name.
    private Set<String> sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < re.length()) {
            char c = re.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                flush(run, candidates);
                Set<String> inner = group();
                Quantifier q = quantifier();
                if (inner != null && q.min >= 1) {
                    candidates.add(inner);
                }
                continue;
            }
            String literal = null; // one code point, when the atom is a plain character
            if (c == '[') {
                skipClass();
            } else if (c == '\\') {
                literal = escape();
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
            } else if (c == '{' || c == '*' || c == '+' || c == '?') {
                throw new IllegalArgumentException("quantifier without an atom");
            } else {
                int cp = re.codePointAt(pos);
                pos += Character.charCount(cp);
                literal = new String(Character.toChars(cp));
            }
            Quantifier q = quantifier();
            if (literal == null) {
                flush(run, candidates);
            } else if (q == Quantifier.ONCE) {
                run.append(literal);
            } else if (q.min >= 1) {
                run.append(literal); // "ab+c" needs "ab", not "abc"
                flush(run, candidates);
            } else {
                flush(run, candidates); // "ab?c" needs "a" and "c", not "ab"
            }
        }
        flush(run, candidates);
        Set<String> best = null;
        for (Set<String> s : candidates) {
            if (best == null || shortest(s) > shortest(best) || (shortest(s) == shortest(best) && s.size() < best.size())) {
                best = s;
            }
        }
        return best;
    }

    private static int shortest(Set<String> s) {
        return s.stream().mapToInt(String::length).min().orElse(0);
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    // '(' ... ')': the inner literals, or null for lookarounds and anything we do not read.
    private Set<String> group() {
        pos++; // (
        boolean lookaround = false;
        if (re.startsWith("?:", pos)) {
            pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
        } else if (re.startsWith("?<", pos)) {
            int close = re.indexOf('>', pos);
            String name = re.substring(pos + 2, close);
            if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
                throw new IllegalArgumentException("group name");
            }
            pos = close + 1;
        } else if (pos < re.length() && re.charAt(pos) == '?') {
            throw new IllegalArgumentException("inline flags or atomic group"); // not read: no literal
        }
        Set<String> inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return lookaround ? null : inner;
    }

    // After '\': the literal it stands for, or null for a class, an anchor or a back reference.
    private String escape() {
        pos++; // backslash
        char e = re.charAt(pos);
        pos++;
        if (Character.isLetterOrDigit(e)) {
            switch (e) {
                case 'Q', 'E' -> throw new IllegalArgumentException("quoting");
                case 'x' -> {
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        pos = re.indexOf('}', pos) + 1;
                    } else {
                        pos += 2;
                    }
                }
                case 'u' -> pos += 4;
                case 'p', 'P' -> {
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        pos = re.indexOf('}', pos) + 1;
                    } else {
                        pos += 1;
                    }
                }
                case 'k' -> pos = re.indexOf('>', pos) + 1;
                case 'c' -> pos += 1;
                case 'N' -> {
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        pos = re.indexOf('}', pos) + 1;
                    }
                }
                default -> {
                    // \b \B \w \W \d \D \s \S \t \n \R \X \A \z \Z \G \h \v, \0oct, \1 back reference
                    while (Character.isDigit(e) && pos < re.length() && Character.isDigit(re.charAt(pos))) {
                        pos++;
                    }
                }
            }
            if (pos <= 0 || pos > re.length()) {
                throw new IllegalArgumentException("bad escape");
            }
            return null;
        }
        if (Character.isHighSurrogate(e)) {
            pos++;
            return re.substring(pos - 2, pos);
        }
        return String.valueOf(e); // \. \? \' \- ...: the character itself
    }

    private void skipClass() {
        pos++; // [
        if (pos < re.length() && re.charAt(pos) == '^') {
            pos++;
        }
        if (pos < re.length() && re.charAt(pos) == ']') {
            pos++; // a ']' first is a literal
        }
        int depth = 1;
        while (depth > 0) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private record Quantifier(int min) {
        static final Quantifier ONCE = new Quantifier(1);
    }

    private Quantifier quantifier() {
        if (pos >= re.length()) {
            return Quantifier.ONCE;
        }
        char c = re.charAt(pos);
        int min;
        if (c == '?' || c == '*') {
            pos++;
            min = 0;
        } else if (c == '+') {
            pos++;
            min = 1;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String body = re.substring(pos + 1, close);
            if (!body.matches("\\d+(,\\d*)?")) {
                throw new IllegalArgumentException("brace");
            }
            min = Integer.parseInt(body.split(",")[0]);
            pos = close + 1;
        } else {
            return Quantifier.ONCE;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: same literals
        }
        return new Quantifier(min);
    }
}
