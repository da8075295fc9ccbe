package org.rekindle.coach;

import java.util.ArrayList;
import java.util.List;
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
 */
public record Rule(
        String id,
        Label label,
        List<Pattern> patterns,
        List<Pattern> antipatterns,
        String message,
        String guide,
        boolean safety,
        List<String> matchExamples,
        List<String> noMatchExamples) {

    /** Marks the expected span inside a {@code match} example: "I just [[miss you]]". */
    public static final String OPEN = "[[";
    public static final String CLOSE = "]]";

    public Rule {
        patterns = List.copyOf(patterns);
        antipatterns = List.copyOf(antipatterns);
        matchExamples = List.copyOf(matchExamples);
        noMatchExamples = List.copyOf(noMatchExamples);
    }

    /** Spans of the original draft this rule flags; empty when it does not apply. */
    public List<Span> find(NormalizedText draft) {
        String t = draft.text();
        List<int[]> blocked = new ArrayList<>();
        for (Pattern anti : antipatterns) {
            Matcher m = anti.matcher(t);
            while (m.find()) {
                blocked.add(new int[] {m.start(), m.end()});
            }
        }
        List<Span> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                int s = m.start();
                int e = m.end();
                if (isBlocked(blocked, s, e)) {
                    continue;
                }
                if (hasMarkGroup(p) && m.start("m") >= 0) {
                    s = m.start("m");
                    e = m.end("m");
                }
                Span span = draft.toOriginal(s, e);
                if (spans.stream().noneMatch(span::overlaps)) {
                    spans.add(span);
                }
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    private static boolean isBlocked(List<int[]> blocked, int s, int e) {
        for (int[] b : blocked) {
            if (s < b[1] && b[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMarkGroup(Pattern p) {
        return p.namedGroups().containsKey("m");
    }
}
