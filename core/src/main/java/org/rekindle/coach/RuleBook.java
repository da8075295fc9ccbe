package org.rekindle.coach;

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
 * All the rules, loaded from the YAML files under {@code org/rekindle/coach/rules/}
 * (one file per label, plus {@code SAFETY.yaml}). A file that cannot be used fails
 * the load with a {@link RuleFileException} naming the file and the rule id, so a
 * typo in a pattern never silently switches a rule off.
 */
public final class RuleBook {

    static final String DIR = "org/rekindle/coach/rules/";
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern GUIDE = Pattern.compile("L\\d+(-\\d+)?");
    // Unicode-aware \b and \w: drafts are not only ASCII.
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Rule> rules;
    // The rules as check() runs them: per pattern and antipattern, the literals one of which a
    // draft must contain for it to match (RequiredLiterals), as indexes into `literals`, each
    // distinct literal looked up at most once per draft. Skipping a pattern that cannot match
    // gives the same findings for a fraction of the time.
    private final GatedRule[] gated;
    private final String[] literals;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> ids = new LinkedHashMap<>();
        this.gated = new GatedRule[this.rules.size()];
        for (int i = 0; i < gated.length; i++) {
            gated[i] = new GatedRule(this.rules.get(i), ids);
        }
        this.literals = ids.keySet().toArray(String[]::new);
    }

    static String[] gate(Rule r) {
        Set<String> any = new java.util.LinkedHashSet<>();
        for (Pattern p : r.patterns()) {
            List<String> literals = RequiredLiterals.of(p.pattern());
            if (literals == null) {
                return null;
            }
            any.addAll(literals);
        }
        return any.toArray(String[]::new);
    }

    /** Literal ids of one pattern: one of them must be in the text for it to match; null: always run. */
    private static int[] gate(Pattern p, Map<String, Integer> ids) {
        List<String> literals = RequiredLiterals.of(p.pattern());
        if (literals == null) {
            return null;
        }
        int[] out = new int[literals.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ids.computeIfAbsent(literals.get(k), x -> ids.size());
        }
        return out;
    }

    /**
     * A rule with its gates; {@link #find} gives exactly {@link Rule#find}'s spans, running only
     * the patterns and antipatterns whose literals the draft contains, and the antipatterns only
     * once a pattern has matched.
     */
    private static final class GatedRule {
        final Rule rule;
        final Pattern[] patterns;
        final int[][] patternGates;
        final int[] markGroup; // index of the group named m, or -1
        final Pattern[] anti;
        final int[][] antiGates;

        GatedRule(Rule rule, Map<String, Integer> ids) {
            this.rule = rule;
            int n = rule.patterns().size();
            patterns = rule.patterns().toArray(Pattern[]::new);
            patternGates = new int[n][];
            markGroup = new int[n];
            for (int i = 0; i < n; i++) {
                patternGates[i] = gate(patterns[i], ids);
                Integer g = patterns[i].namedGroups().get("m");
                markGroup[i] = g == null ? -1 : g;
            }
            anti = rule.antipatterns().toArray(Pattern[]::new);
            antiGates = new int[anti.length][];
            for (int i = 0; i < anti.length; i++) {
                antiGates[i] = gate(anti[i], ids);
            }
        }

        List<Span> find(NormalizedText draft, Literals seen) {
            String t = draft.text();
            List<Span> spans = null;
            int[] blocked = null; // start, end pairs of the antipatterns' matches
            int nBlocked = 0;
            for (int i = 0; i < patterns.length; i++) {
                if (!seen.any(patternGates[i])) {
                    continue;
                }
                Matcher m = patterns[i].matcher(t);
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    if (e == s) {
                        continue;
                    }
                    if (blocked == null) {
                        blocked = new int[8];
                        for (int a = 0; a < anti.length; a++) {
                            if (!seen.any(antiGates[a])) {
                                continue;
                            }
                            Matcher am = anti[a].matcher(t);
                            while (am.find()) {
                                if (nBlocked + 2 > blocked.length) {
                                    blocked = java.util.Arrays.copyOf(blocked, blocked.length * 2);
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
            spans.sort(java.util.Comparator.comparingInt(Span::start));
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
    }

    /** Which of the book's literals one draft contains, each looked up once, when first needed. */
    private static final class Literals {
        private final String[] literals;
        private final String text;
        private final byte[] state; // 0 not looked up, 1 present, 2 absent

        Literals(String[] literals, String text) {
            this.literals = literals;
            this.text = text;
            this.state = new byte[literals.length];
        }

        boolean any(int[] gate) {
            if (gate == null) {
                return true;
            }
            for (int id : gate) {
                byte st = state[id];
                if (st == 0) {
                    st = text.contains(literals[id]) ? (byte) 1 : (byte) 2;
                    state[id] = st;
                }
                if (st == 1) {
                    return true;
                }
            }
            return false;
        }
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
        Literals seen = new Literals(literals, draft.text());
        for (GatedRule r : gated) {
            List<Span> spans = r.find(draft, seen);
            if (!spans.isEmpty()) {
                out.add(new RuleMatch(r.rule, spans));
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
