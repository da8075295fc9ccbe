package org.rekindle.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rekindle.journey.Stage;

/**
 * The verdict policy, read from {@code draft-policy.yaml} (the table in STAGES.md) and
 * {@code suggested-lines.yaml}. Decides in this order, each step a rule of the guide:
 * <ol>
 *   <li>a draft that threatens self-harm or the ex is HOLD in every stage, and the
 *       answer points to help instead of suggesting lines (house rule, "Safety before
 *       wording");</li>
 *   <li>in a quiet stage every draft is HOLD: "don't write now";</li>
 *   <li>otherwise the worst severity among the labels (and the length check) decides:
 *       block → HOLD, caution → REVISE, nothing → SEND.</li>
 * </ol>
 */
public final class DraftPolicy {

    static final String POLICY = "org/rekindle/draft/draft-policy.yaml";
    static final String LINES = "org/rekindle/draft/suggested-lines.yaml";

    /** One cell of the table. */
    record Cell(Severity severity, Label okWith, String guide, String reason) {
    }

    private record Text(String reason, String message, String guide) {
    }

    private final Map<Label, Map<Stage, Cell>> table;
    private final Map<Label, Text> labelText;
    private final int maxWords;
    private final Severity lengthSeverity;
    private final Set<Stage> lengthStages;
    private final Text length;
    private final Text quiet;
    private final Stage quietReportAs;
    private final Text safety;
    private final Map<Stage, List<String>> lines;

    private DraftPolicy(Map<Label, Map<Stage, Cell>> table, Map<Label, Text> labelText, int maxWords,
            Severity lengthSeverity, Set<Stage> lengthStages, Text length, Text quiet, Stage quietReportAs,
            Text safety, Map<Stage, List<String>> lines) {
        this.table = table;
        this.labelText = labelText;
        this.maxWords = maxWords;
        this.lengthSeverity = lengthSeverity;
        this.lengthStages = lengthStages;
        this.length = length;
        this.quiet = quiet;
        this.quietReportAs = quietReportAs;
        this.safety = safety;
        this.lines = lines;
    }

    public static DraftPolicy load() {
        return load(POLICY, LINES);
    }

    static DraftPolicy load(String policyFile, String linesFile) {
        JsonNode root = read(policyFile);
        List<Stage> stages = new ArrayList<>();
        root.path("stages").forEach(s -> stages.add(stage(policyFile, "stages", s.asText())));
        for (Stage s : Stage.values()) {
            if (!s.isQuiet() && !stages.contains(s)) {
                throw new RuleFileException(policyFile, "stages", "stage " + s + " has no column");
            }
        }
        Map<Label, Map<Stage, Cell>> table = new EnumMap<>(Label.class);
        Map<Label, Text> texts = new EnumMap<>(Label.class);
        JsonNode labels = root.path("labels");
        for (var it = labels.fields(); it.hasNext();) {
            var e = it.next();
            Label label = label(policyFile, e.getKey());
            String where = "labels." + label;
            JsonNode row = e.getValue();
            String reason = required(policyFile, where, row, "reason");
            String guide = guide(policyFile, where, row.path("guide").asText(""));
            texts.put(label, new Text(reason, reason, guide));
            Map<Stage, Cell> cells = new EnumMap<>(Stage.class);
            for (Stage s : stages) {
                JsonNode c = row.path("cells").path(s.name());
                String cw = where + "." + s;
                if (c.isMissingNode()) {
                    throw new RuleFileException(policyFile, cw, "missing cell");
                }
                Severity sev;
                try {
                    sev = Severity.parse(c.path("severity").asText(""));
                } catch (IllegalArgumentException ex) {
                    throw new RuleFileException(policyFile, cw, "severity must be ok, caution or block");
                }
                Label okWith = c.hasNonNull("ok_with") ? label(policyFile, c.get("ok_with").asText()) : null;
                cells.put(s, new Cell(sev, okWith, guide(policyFile, cw, c.path("guide").asText(guide)),
                        c.hasNonNull("reason") ? c.get("reason").asText() : null));
            }
            table.put(label, cells);
        }
        JsonNode never = root.path("never_against");
        for (Label l : Label.values()) {
            boolean inTable = table.containsKey(l);
            boolean inNever = never.has(l.name());
            if (inTable == inNever) {
                throw new RuleFileException(policyFile, "labels." + l,
                        inTable ? "is both in the table and in never_against"
                                : "has no row (put it in labels or never_against)");
            }
            if (inNever) {
                JsonNode n = never.get(l.name());
                String reason = required(policyFile, "never_against." + l, n, "reason");
                texts.put(l, new Text(reason, reason, guide(policyFile, "never_against." + l, n.path("guide").asText(""))));
            }
        }
        JsonNode len = root.path("length");
        Set<Stage> lenStages = EnumSet.noneOf(Stage.class);
        len.path("stages").forEach(s -> lenStages.add(stage(policyFile, "length", s.asText())));
        Text lengthText = new Text(required(policyFile, "length", len, "reason"), null,
                guide(policyFile, "length", len.path("guide").asText("")));
        JsonNode q = root.path("quiet");
        Text quiet = new Text(required(policyFile, "quiet", q, "reason"), required(policyFile, "quiet", q, "message"),
                guide(policyFile, "quiet", q.path("guide").asText("")));
        Stage reportAs = stage(policyFile, "quiet.report_as", q.path("report_as").asText(""));
        JsonNode sf = root.path("safety");
        Text safety = new Text(required(policyFile, "safety", sf, "reason"), required(policyFile, "safety", sf, "message"),
                guide(policyFile, "safety", sf.path("guide").asText("")));
        return new DraftPolicy(table, texts, len.path("max_words").asInt(40),
                Severity.parse(len.path("severity").asText("caution")), lenStages, lengthText, quiet, reportAs, safety,
                loadLines(linesFile));
    }

    /** Suggested lines for a stage (the guide's examples first); empty for quiet stages. */
    public List<String> suggestedLines(Stage stage) {
        return lines.getOrDefault(stage, List.of());
    }

    /** The safety answer's text: where to find help. */
    public String safetyMessage() {
        return safety.message();
    }

    /** Weighs the findings at the stage and gives the verdict. */
    public DraftReview decide(Stage stage, List<LabelFinding> findings, int words) {
        Set<Label> present = EnumSet.noneOf(Label.class);
        findings.forEach(f -> present.add(f.label()));
        boolean isSafety = findings.stream().anyMatch(LabelFinding::safety);
        Stage column = stage.isQuiet() ? quietReportAs : stage;

        List<LabelReview> reviews = new ArrayList<>();
        Severity worst = Severity.OK;
        for (LabelFinding f : findings) {
            Cell cell = table.getOrDefault(f.label(), Map.of()).get(column);
            Severity sev;
            String reason;
            String guide;
            if (cell == null) { // MEMORY, INTENT, APPRECIATION: never against
                sev = Severity.OK;
                reason = f.message();
                guide = labelText.get(f.label()).guide();
            } else {
                sev = cell.severity();
                reason = cell.reason() != null && sev != Severity.OK ? cell.reason() : f.message();
                if (cell.okWith() != null && present.contains(cell.okWith())) {
                    sev = Severity.OK;
                    reason = f.message() + " (fine here alongside " + cell.okWith() + ")";
                }
                guide = cell.guide();
            }
            worst = worst.worst(sev);
            reviews.add(new LabelReview(f.label(), sev, f.spans(), reason, guide, f.sources()));
        }
        reviews.sort(Comparator.comparing(LabelReview::label));

        LengthNote lengthNote = null;
        if (words > maxWords && lengthStages.contains(column)) {
            lengthNote = new LengthNote(lengthSeverity, words, maxWords, length.reason(), length.guide());
            worst = worst.worst(lengthSeverity);
        }

        if (isSafety) {
            // The safety answer stands alone: only the finding that called for it, no wording
            // advice after it ("too early to flirt" under a crisis line reads as not listening).
            Set<Label> safe = EnumSet.noneOf(Label.class);
            findings.stream().filter(LabelFinding::safety).forEach(f -> safe.add(f.label()));
            List<LabelReview> alone = reviews.stream().filter(r -> safe.contains(r.label()))
                    .map(r -> new LabelReview(r.label(), Severity.BLOCK, r.spans(),
                            findings.stream().filter(f -> f.label() == r.label()).findFirst().orElseThrow().message(),
                            safety.guide(), r.sources()))
                    .toList();
            return new DraftReview(Verdict.HOLD, stage, alone, words, List.of(), safety.message(), true, null);
        }
        if (stage.isQuiet()) {
            return new DraftReview(Verdict.HOLD, stage, reviews, words, List.of(),
                    quiet.reason() + ": " + quiet.message(), false, lengthNote);
        }
        Verdict verdict = Verdict.of(worst);
        // One or two lines to use instead: more is a menu, not advice.
        List<String> suggestions = verdict == Verdict.SEND ? List.of() : suggestedLines(stage).stream().limit(2).toList();
        return new DraftReview(verdict, stage, reviews, words, suggestions, null, false, lengthNote);
    }

    /** The plain-words description of a label, for findings that come without a rule message. */
    public String describe(Label label) {
        return labelText.get(label).reason();
    }

    private static Map<Stage, List<String>> loadLines(String file) {
        JsonNode root = read(file);
        Map<Stage, List<String>> out = new EnumMap<>(Stage.class);
        for (var it = root.fields(); it.hasNext();) {
            var e = it.next();
            Stage s = stage(file, e.getKey(), e.getKey());
            if (s.isQuiet()) {
                throw new RuleFileException(file, e.getKey(), "a quiet stage gets no suggested lines");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode line : e.getValue()) {
                String text = required(file, e.getKey(), line, "text");
                guide(file, e.getKey() + ": " + text, line.path("guide").asText(""));
                texts.add(text);
            }
            out.put(s, List.copyOf(texts));
        }
        return out;
    }

    private static JsonNode read(String file) {
        return YamlResources.read(file);
    }

    private static String required(String file, String where, JsonNode n, String field) {
        String v = n.path(field).asText("").trim();
        if (v.isEmpty()) {
            throw new RuleFileException(file, where, "needs '" + field + "'");
        }
        return v;
    }

    private static String guide(String file, String where, String g) {
        if (!g.matches("L\\d+")) {
            throw new RuleFileException(file, where, "needs a guide line like L5, got '" + g + "'");
        }
        return g;
    }

    private static Label label(String file, String name) {
        try {
            return Label.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, name, "unknown label");
        }
    }

    private static Stage stage(String file, String where, String name) {
        try {
            return Stage.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, where, "unknown stage '" + name + "'");
        }
    }
}
