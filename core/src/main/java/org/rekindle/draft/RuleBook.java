package org.rekindle.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * All the rules, loaded from the YAML files under {@code org/rekindle/draft/rules/}
 * (one file per label, plus {@code SAFETY.yaml}). A file that cannot be used fails
 * the load with a {@link RuleFileException} naming the file and the rule id, so a
 * typo in a pattern never silently switches a rule off.
 */
public final class RuleBook {

    static final String DIR = "org/rekindle/draft/rules/";
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern GUIDE = Pattern.compile("L\\d+(-\\d+)?");
    // Unicode-aware \b and \w: drafts are not only ASCII.
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The literals one of which a draft must contain for the rule to match (for the gate's tests); null: always run. */
    static String[] gate(Rule r) {
        return r.gate();
    }

    /** The rules shipped with rekindle. */
    public static RuleBook load() {
        List<String> files = new ArrayList<>();
        for (Label l : Label.values()) {
            files.add(DIR + l.name() + ".yaml");
        }
        files.add(DIR + "SAFETY.yaml");
        return load(files);
    }

    /** Rules from the given classpath resources; used by tests to feed broken files. */
    public static RuleBook load(List<String> resources) {
        List<Rule> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String res : resources) {
            JsonNode root = YamlResources.read(res);
            for (Rule r : parseFile(res, root)) {
                if (!ids.add(r.id())) {
                    throw new RuleFileException(res, "rule " + r.id(), "id used twice");
                }
                all.add(r);
            }
        }
        return new RuleBook(all);
    }

    /** Rules from YAML text; {@code name} is what errors call the file. For tests of broken files. */
    static RuleBook fromYaml(String name, String yaml) {
        JsonNode root = YamlResources.parseYaml(name, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new RuleBook(parseFile(name, root));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every rule that applies to the draft, in rule-file order. */
    public List<RuleMatch> check(String draft) {
        return check(NormalizedText.of(draft));
    }

    public List<RuleMatch> check(NormalizedText draft) {
        List<RuleMatch> out = new ArrayList<>();
        Rule.Literals seen = new Rule.Literals(draft.text()); // each literal looked up once for all the rules
        for (Rule r : rules) {
            List<Span> spans = r.find(draft, seen);
            if (!spans.isEmpty()) {
                out.add(new RuleMatch(r, spans));
            }
        }
        return out;
    }

    private static List<Rule> parseFile(String file, JsonNode root) {
        if (root == null || !root.path("rules").isArray()) {
            throw new RuleFileException(file, null, "expected a top-level 'rules:' list");
        }
        Label fileLabel = root.hasNonNull("label") ? parseLabel(file, null, root.get("label").asText()) : null;
        boolean fileSafety = root.path("safety").asBoolean(false);
        List<Rule> out = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root.get("rules")) {
            index++;
            String id = n.path("id").asText("");
            String where = "rule " + (id.isEmpty() ? "#" + index : id);
            if (!ID.matcher(id).matches()) {
                throw new RuleFileException(file, where, "needs an id in CAPITALS_WITH_UNDERSCORES");
            }
            Label label = n.hasNonNull("label") ? parseLabel(file, where, n.get("label").asText()) : fileLabel;
            if (label == null) {
                throw new RuleFileException(file, where, "no label (set 'label:' on the rule or the file)");
            }
            String message = n.path("message").asText("").trim();
            if (message.isEmpty()) {
                throw new RuleFileException(file, where, "needs a message in plain words");
            }
            String guide = n.path("guide").asText("");
            if (!GUIDE.matcher(guide).matches()) {
                throw new RuleFileException(file, where, "needs a guide line like L5, got '" + guide + "'");
            }
            List<Pattern> patterns = patterns(file, where, n.path("patterns"));
            if (patterns.isEmpty()) {
                throw new RuleFileException(file, where, "needs at least one pattern");
            }
            List<Pattern> anti = patterns(file, where, n.path("antipatterns"));
            List<String> match = strings(n.path("examples").path("match"));
            List<String> noMatch = strings(n.path("examples").path("no_match"));
            if (match.isEmpty() || noMatch.isEmpty()) {
                throw new RuleFileException(file, where,
                        "needs examples: at least one under 'match' (span in [[ ]]) and one under 'no_match'");
            }
            for (String ex : match) {
                int open = ex.indexOf(Rule.OPEN);
                int close = ex.indexOf(Rule.CLOSE);
                if (open < 0 || close < open) {
                    throw new RuleFileException(file, where, "match example without a [[span]]: " + ex);
                }
            }
            boolean safety = n.path("safety").asBoolean(fileSafety);
            out.add(new Rule(id, label, patterns, anti, message, guide, safety, match, noMatch));
        }
        return out;
    }

    private static Label parseLabel(String file, String where, String name) {
        try {
            return Label.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, where, "unknown label '" + name + "'");
        }
    }

    private static List<Pattern> patterns(String file, String where, JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        for (String p : strings(list)) {
            try {
                out.add(Pattern.compile(p, FLAGS));
            } catch (PatternSyntaxException e) {
                throw new RuleFileException(file, where, "pattern does not compile: " + e.getDescription()
                        + " in " + p, e);
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(x -> out.add(x.asText()));
        } else if (list.isTextual()) {
            out.add(list.asText());
        }
        return out;
    }
}
