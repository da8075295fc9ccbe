package org.rekindle.draft;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A broken rules file fails to load, naming the file and the rule. */
class RuleFileTest {

    private static final String GOOD_EXAMPLES = """
                examples:
                  match: ["I [[miss you]]"]
                  no_match: ["hello"]
            """;

    @Test
    void aPatternThatDoesNotCompileNamesFileAndRule() {
        String yaml = """
            label: ROMANTIC
            rules:
              - id: BROKEN_ONE
                message: m
                guide: L5
                patterns: ['\\bmiss (you']
            """ + GOOD_EXAMPLES;
        assertThatThrownBy(() -> RuleBook.fromYaml("rules/ROMANTIC.yaml", yaml))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("rules/ROMANTIC.yaml")
                .hasMessageContaining("BROKEN_ONE")
                .hasMessageContaining("does not compile");
    }

    @Test
    void aRuleWithoutExamplesIsRejected() {
        String yaml = """
            label: ROMANTIC
            rules:
              - id: NO_EXAMPLES
                message: m
                guide: L5
                patterns: ['miss you']
            """;
        assertThatThrownBy(() -> RuleBook.fromYaml("x.yaml", yaml))
                .hasMessageContaining("x.yaml, rule NO_EXAMPLES").hasMessageContaining("examples");
    }

    @Test
    void anUnknownLabelOrMissingGuideIsRejected() {
        String unknown = """
            rules:
              - id: WHAT
                label: CUDDLY
                message: m
                guide: L5
                patterns: ['x']
            """ + GOOD_EXAMPLES;
        assertThatThrownBy(() -> RuleBook.fromYaml("y.yaml", unknown)).hasMessageContaining("unknown label 'CUDDLY'");
        String noGuide = """
            label: ROMANTIC
            rules:
              - id: NO_GUIDE
                message: m
                patterns: ['x']
            """ + GOOD_EXAMPLES;
        assertThatThrownBy(() -> RuleBook.fromYaml("z.yaml", noGuide))
                .hasMessageContaining("rule NO_GUIDE").hasMessageContaining("guide line");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> RuleBook.load(java.util.List.of("org/rekindle/draft/rules/NOPE.yaml")))
                .hasMessageContaining("NOPE.yaml").hasMessageContaining("not found");
    }
}
