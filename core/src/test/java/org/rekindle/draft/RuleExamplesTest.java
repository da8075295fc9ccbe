package org.rekindle.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one test that runs every rule's examples (as LanguageTool's PatternRuleTest does):
 * each {@code match} example must be flagged by its rule at exactly the marked spans,
 * each {@code no_match} example must not be flagged by it. All failures are listed at once.
 */
class RuleExamplesTest {

    @Test
    void everyRuleMatchesItsExamplesAndNothingElse() {
        RuleBook book = RuleBook.load();
        assertThat(book.rules()).hasSizeGreaterThan(30);
        List<String> failures = new ArrayList<>();
        for (Rule rule : book.rules()) {
            for (String marked : rule.matchExamples()) {
                Example ex = Example.parse(marked);
                List<Span> got = rule.find(NormalizedText.of(ex.text));
                for (Span want : ex.spans) {
                    if (!got.contains(want)) {
                        failures.add(rule.id() + ": expected span '" + want.of(ex.text) + "' " + want + " in \""
                                + ex.text + "\", got " + render(got, ex.text));
                    }
                }
            }
            for (String text : rule.noMatchExamples()) {
                List<Span> got = rule.find(NormalizedText.of(text));
                if (!got.isEmpty()) {
                    failures.add(rule.id() + ": must not match \"" + text + "\", matched " + render(got, text));
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static String render(List<Span> spans, String text) {
        return spans.stream().map(s -> "'" + s.of(text) + "' " + s).toList().toString();
    }

    /** An example with its spans marked in [[ ]]. */
    record Example(String text, List<Span> spans) {
        static Example parse(String marked) {
            StringBuilder sb = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            int i = 0;
            while (i < marked.length()) {
                int open = marked.indexOf(Rule.OPEN, i);
                if (open < 0) {
                    sb.append(marked, i, marked.length());
                    break;
                }
                sb.append(marked, i, open);
                int close = marked.indexOf(Rule.CLOSE, open);
                int start = sb.length();
                sb.append(marked, open + 2, close);
                spans.add(new Span(start, sb.length()));
                i = close + 2;
            }
            return new Example(sb.toString(), spans);
        }
    }
}
