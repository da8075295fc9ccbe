package org.rekindle.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rekindle.journey.Stage;

/**
 * The gates ({@link RequiredLiterals}) must never skip a pattern or antipattern that would have
 * matched: checked on every rule example, every suggested line and every dev draft, pattern by
 * pattern, and for {@link RuleBook#check} as a whole against every rule's ungated
 * {@link Rule#find}.
 */
class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '~', nullValues = "NULL", textBlock = """
        \\bmiss(?:ing|ed)? (?:you\\b|us\\b)                ~ [miss]
        \\bquick call\\b|\\bcome over\\b                   ~ [quick call, come over]
        \\b(?<m>love you)\\b(?! (?:to|guys|all)\\b)         ~ [love you]
        \\bhello+\\?                                       ~ [hello]
        ab?c                                               ~ [a]
        \\bread \\d{1,2}[:.]\\d\\d                         ~ [read ]
        (?:😘|😍)\\x{FE0F}?                                ~ [😘, 😍]
        ❤️?x                                               ~ [❤]
        \\b(?:a|b)?c                                       ~ [c]
        (?:ab|c*)                                          ~ NULL
        (?=abc)x                                           ~ [x]
        (?i)abc                                            ~ NULL
        [abc]+                                             ~ NULL
        \\Qa.b\\E                                          ~ NULL
        x{2,3}yz                                           ~ [yz]
        \\bcan't wait\\b                                   ~ [can't wait]
        \\bgrowth!                                         ~ [growth!]
        """)
    void literalsOfAPattern(String regex, String expected) {
        List<String> got = RequiredLiterals.of(regex.strip());
        assertThat(got == null ? null : got.toString()).isEqualTo(expected);
    }

    @Test
    void theGateNeverSkipsARuleThatMatches() throws IOException {
        RuleBook book = RuleBook.load();
        List<String> texts = texts(book);
        List<String> failures = new ArrayList<>();
        int gated = 0;
        for (Rule r : book.rules()) {
            String[] gate = RuleBook.gate(r);
            if (gate != null) {
                gated++;
            }
            // Patterns and antipatterns: check() skips either when the draft has none of its literals.
            List<Pattern> all = new ArrayList<>(r.patterns());
            all.addAll(r.antipatterns());
            for (Pattern p : all) {
                List<String> literals = RequiredLiterals.of(p.pattern());
                for (String t : texts) {
                    String n = NormalizedText.of(t).text();
                    if (literals != null && p.matcher(n).find() && literals.stream().noneMatch(n::contains)) {
                        failures.add(r.id() + ": /" + p.pattern() + "/ matches \"" + n + "\" without any of " + literals);
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        assertThat(gated).as("rules with a gate").isGreaterThan(book.rules().size() / 2);
        for (String t : texts) {
            NormalizedText n = NormalizedText.of(t);
            List<RuleMatch> all = new ArrayList<>();
            for (Rule r : book.rules()) {
                List<Span> spans = r.find(n);
                if (!spans.isEmpty()) {
                    all.add(new RuleMatch(r, spans));
                }
            }
            assertThat(book.check(n)).as(t).isEqualTo(all);
        }
    }

    private static List<String> texts(RuleBook book) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Rule r : book.rules()) {
            r.matchExamples().forEach(e -> texts.add(e.replace(Rule.OPEN, "").replace(Rule.CLOSE, "")));
            texts.addAll(r.noMatchExamples());
        }
        DraftPolicy policy = DraftPolicy.load();
        for (Stage s : Stage.values()) {
            texts.addAll(policy.suggestedLines(s));
        }
        Path dev = Path.of("../data/drafts-dev.jsonl");
        if (Files.exists(dev)) {
            ObjectMapper om = new ObjectMapper();
            for (String line : Files.readAllLines(dev)) {
                if (!line.isBlank()) {
                    texts.add(om.readTree(line).path("text").asText());
                }
            }
        }
        return texts;
    }
}
