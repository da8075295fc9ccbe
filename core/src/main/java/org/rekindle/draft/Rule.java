package org.rekindle.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule, LanguageTool style: a stable id, the label it raises, patterns over the
 * {@link NormalizedText normalised} draft, antipatterns that cancel a pattern match
 * they overlap (the false alarms: "I'd love to see that exhibit"), a message in
 * plain words, the guide line, and examples that must and must not match.
 * A pattern may mark the reported stretch with a group named {@code m}; otherwise
 * the whole match is the span. A {@code safety} rule also sends the draft to the
 * safety answer (threats of self-harm or against the ex).
 *
 * <p>There is one matcher, {@link #find}, and it is what both the examples and the
 * {@link RuleBook} run. It skips a pattern whose required literals ({@link RequiredLiterals})
 * the draft lacks, and reads the antipatterns only once a pattern matched: the same spans
 * as running every regex, for a fraction of the time.
 */
public final class Rule {

    /** Marks the expected span inside a {@code match} example: "I just [[miss you]]". */
    public static final String OPEN = "[[";
    public static final String CLOSE = "]]";

    /** Every literal any rule's gate names, numbered once, so a draft looks each up at most once. */
    private static final Map<String, Integer> LITERAL_IDS = new ConcurrentHashMap<>();
    private static final List<String> LITERALS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final String id;
    private final Label label;
    private final List<Pattern> patterns;
    private final List<Pattern> antipatterns;
    private final String message;
    private final String guide;
    private final boolean safety;
    private final List<String> matchExamples;
    private final List<String> noMatchExamples;
    private final int[][] patternGates;
    private final int[] markGroup; // index of the group named m, or -1
    private final int[][] antiGates;

    public Rule(String id, Label label, List<Pattern> patterns, List<Pattern> antipatterns, String message, String guide,
                boolean safety, List<String> matchExamples, List<String> noMatchExamples) {
        this.id = id;
        this.label = label;
        this.patterns = List.copyOf(patterns);
        this.antipatterns = List.copyOf(antipatterns);
        this.message = message;
        this.guide = guide;
        this.safety = safety;
        this.matchExamples = List.copyOf(matchExamples);
        this.noMatchExamples = List.copyOf(noMatchExamples);
        this.patternGates = new int[this.patterns.size()][];
        this.markGroup = new int[this.patterns.size()];
        for (int i = 0; i < patternGates.length; i++) {
            patternGates[i] = gate(this.patterns.get(i));
            Integer g = this.patterns.get(i).namedGroups().get("m");
            markGroup[i] = g == null ? -1 : g;
        }
        this.antiGates = new int[this.antipatterns.size()][];
        for (int i = 0; i < antiGates.length; i++) {
            antiGates[i] = gate(this.antipatterns.get(i));
        }
    }

    public String id() {
        return id;
    }

    public Label label() {
        return label;
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    public List<Pattern> antipatterns() {
        return antipatterns;
    }

    public String message() {
        return message;
    }

    public String guide() {
        return guide;
    }

    public boolean safety() {
        return safety;
    }

    public List<String> matchExamples() {
        return matchExamples;
    }

    public List<String> noMatchExamples() {
        return noMatchExamples;
    }

    /** Literal ids of one pattern: one of them must be in the text for it to match; null: always run. */
    private static int[] gate(Pattern p) {
        List<String> literals = RequiredLiterals.of(p.pattern());
        if (literals == null) {
            return null;
        }
        int[] out = new int[literals.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = LITERAL_IDS.computeIfAbsent(literals.get(k), l -> {
                synchronized (LITERALS) {
                    LITERALS.add(l);
                    return LITERALS.size() - 1;
                }
            });
        }
        return out;
    }

    /** The literals one of which a draft must contain for any pattern to match; null: always run. */
    String[] gate() {
        List<String> any = new ArrayList<>();
        for (int[] g : patternGates) {
            if (g == null) {
                return null;
            }
            for (int id : g) {
                if (!any.contains(LITERALS.get(id))) {
                    any.add(LITERALS.get(id));
                }
            }
        }
        return any.toArray(String[]::new);
    }

    /** Spans of the original draft this rule flags; empty when it does not apply. */
    public List<Span> find(NormalizedText draft) {
        return find(draft, new Literals(draft.text()));
    }

    /** The same, with the literals one draft contains shared by every rule that asks (see {@link RuleBook#check}). */
    List<Span> find(NormalizedText draft, Literals seen) {
        String t = draft.text();
        List<Span> spans = null;
        int[] blocked = null; // start, end pairs of the antipatterns' matches
        int nBlocked = 0;
        for (int i = 0; i < patternGates.length; i++) {
            if (!seen.any(patternGates[i])) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(t);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (e == s) {
                    continue;
                }
                if (blocked == null) {
                    blocked = new int[8];
                    for (int a = 0; a < antiGates.length; a++) {
                        if (!seen.any(antiGates[a])) {
                            continue;
                        }
                        Matcher am = antipatterns.get(a).matcher(t);
                        while (am.find()) {
                            if (nBlocked + 2 > blocked.length) {
                                blocked = Arrays.copyOf(blocked, blocked.length * 2);
                            }
                            blocked[nBlocked++] = am.start();
                            blocked[nBlocked++] = am.end();
                        }
                    }
                }
                if (isBlocked(blocked, nBlocked, s, e)) {
                    continue;
                }
                int g = markGroup[i];
                if (g >= 0 && m.start(g) >= 0) {
                    s = m.start(g);
                    e = m.end(g);
                }
                Span span = draft.toOriginal(s, e);
                if (spans == null) {
                    spans = new ArrayList<>(2);
                    spans.add(span);
                } else if (!overlapsAny(spans, span)) {
                    spans.add(span);
                }
            }
        }
        if (spans == null) {
            return List.of();
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static boolean isBlocked(int[] blocked, int n, int s, int e) {
        for (int k = 0; k < n; k += 2) {
            if (s < blocked[k + 1] && blocked[k] < e) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<Span> spans, Span span) {
        for (int k = 0, n = spans.size(); k < n; k++) {
            if (spans.get(k).overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Rule[" + id + "]";
    }

    /** Which gate literals one draft contains, each looked up once, when first needed. */
    static final class Literals {
        private final String text;
        private byte[] state = new byte[LITERALS.size()]; // 0 not looked up, 1 present, 2 absent

        Literals(String text) {
            this.text = text;
        }

        boolean any(int[] gate) {
            if (gate == null) {
                return true;
            }
            for (int id : gate) {
                if (id >= state.length) {
                    state = Arrays.copyOf(state, LITERALS.size()); // rules loaded since: a fresh book
                }
                byte st = state[id];
                if (st == 0) {
                    st = text.contains(LITERALS.get(id)) ? (byte) 1 : (byte) 2;
                    state[id] = st;
                }
                if (st == 1) {
                    return true;
                }
            }
            return false;
        }
    }
}
