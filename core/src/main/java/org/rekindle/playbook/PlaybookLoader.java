package org.rekindle.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.rekindle.journey.Concern;
import org.rekindle.journey.MovingOnReason;
import org.rekindle.journey.Stage;
import org.rekindle.plan.NextStep;
import org.rekindle.plan.Wait;

/**
 * Reads a playbook and checks it whole before anyone uses it: every stage present once and
 * reachable from {@code SPACE}, every step, concern and ending worded, every entry cited with a
 * line the guide has. A fault names the file and the entry.
 */
public final class PlaybookLoader {

    private static final String BUNDLED = "playbook.yaml";

    private final String file;

    private PlaybookLoader(String file) {
        this.file = file;
    }

    /** The playbook shipped with rekindle. */
    public static Playbook bundled() {
        String yaml = resource(BUNDLED);
        return parse(BUNDLED, yaml, PlaybookLoader::resource);
    }

    /**
     * Parses a playbook from text.
     *
     * @param file   the name to use in messages
     * @param guides finds the guide text named by {@code guide_file}
     */
    public static Playbook parse(String file, String yaml, java.util.function.Function<String, String> guides) {
        return new PlaybookLoader(file).read(yaml, guides);
    }

    private static String resource(String name) {
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new PlaybookException(name + ": not found beside the playbook");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlaybookException(name + ": cannot be read: " + e.getMessage());
        }
    }

    private Playbook read(String yaml, java.util.function.Function<String, String> guides) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw fail("is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw fail("cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("is empty or not a mapping of sections");
        }
        String guideFile = text(root, "guide_file", "guide_file");
        GuideText guide = new GuideText(guides.apply(guideFile));

        Map<String, Setting> settings = new LinkedHashMap<>();
        JsonNode defaults = section(root, "defaults");
        for (String name : Playbook.SETTING_NAMES) {
            JsonNode d = defaults.get(name);
            String where = "defaults." + name;
            if (d == null) {
                throw fail("has no entry " + where);
            }
            int value = integer(d, "value", where);
            Integer recommended = d.has("recommended") ? integer(d, "recommended", where) : null;
            settings.put(name, new Setting(name, value, recommended, citation(d, where, guide),
                    d.path("house_rule").asBoolean(false), d.path("note").asText("")));
        }
        unknownKeys(defaults, "defaults", Set.copyOf(Playbook.SETTING_NAMES));

        Map<Stage, StageGuide> stages = new EnumMap<>(Stage.class);
        JsonNode stageList = root.get("stages");
        if (stageList == null || !stageList.isArray()) {
            throw fail("has no list 'stages'");
        }
        for (int i = 0; i < stageList.size(); i++) {
            JsonNode n = stageList.get(i);
            String id = n.path("id").asText("");
            String where = "stages[" + i + "]" + (id.isEmpty() ? "" : " (" + id + ")");
            Stage stage = parseEnum(Stage.class, id, where + ".id");
            if (stages.containsKey(stage)) {
                throw fail(where + " repeats stage " + stage + ": each stage appears once");
            }
            List<Stage> movesTo = new ArrayList<>();
            JsonNode moves = n.get("moves_to");
            if (moves == null || !moves.isArray()) {
                throw fail(where + " has no list moves_to (write [] for a final stage)");
            }
            for (JsonNode m : moves) {
                movesTo.add(parseEnum(Stage.class, m.asText(), where + ".moves_to"));
            }
            stages.put(stage, new StageGuide(stage, text(n, "title", where), text(n, "summary", where),
                    citation(n, where, guide), movesTo, adviceList(n, "do", where, guide),
                    adviceList(n, "avoid", where, guide)));
        }
        for (Stage s : Stage.values()) {
            if (!stages.containsKey(s)) {
                throw fail("has no entry for stage " + s + " in 'stages'");
            }
        }
        checkReachable(stages);

        Map<NextStep, StepGuide> steps = new EnumMap<>(NextStep.class);
        JsonNode stepNodes = section(root, "steps");
        for (NextStep step : NextStep.values()) {
            String where = "steps." + step;
            JsonNode n = stepNodes.get(step.name());
            if (n == null) {
                throw fail("has no entry " + where);
            }
            if (!n.path("contacts_ex").isBoolean()) {
                throw fail(where + " needs contacts_ex: true or false");
            }
            Citation c = citation(n, where, guide);
            steps.put(step, new StepGuide(step, text(n, "action", where), n.get("contacts_ex").asBoolean(),
                    c, n.path("house_rule").asBoolean(false), words(n, where, guide, c), text(n, "pace", where)));
        }
        unknownKeys(stepNodes, "steps", names(NextStep.class));
        if (steps.get(NextStep.MOVE_ON).contactsEx()) {
            throw fail("steps.MOVE_ON contacts the ex: moving on never does (L23)");
        }

        Map<Concern, Advice> concerns = worded(root, "concerns", Concern.class, guide);
        Map<MovingOnReason, Advice> endings = worded(root, "endings", MovingOnReason.class, guide);
        Map<Stage, Advice> reachedOut = worded(root, "reached_out", Stage.class, guide);
        List<JournalReply> replies = journalReplies(root, guide);
        Map<Wait, String> counters = new EnumMap<>(Wait.class);
        JsonNode counterNode = section(root, "counters");
        for (Wait w : Wait.values()) {
            JsonNode t = counterNode.get(w.name());
            if (t == null || !t.isTextual() || t.asText().isBlank()) {
                throw fail("has no words for counters." + w.name());
            }
            counters.put(w, t.asText().strip());
        }
        unknownKeys(counterNode, "counters", names(Wait.class));
        Map<String, Advice> retractions = new LinkedHashMap<>();
        JsonNode retractionNode = section(root, "retractions");
        for (String k : Playbook.RETRACTION_KINDS) {
            JsonNode n = retractionNode.get(k);
            if (n == null) {
                throw fail("has no entry retractions." + k);
            }
            retractions.put(k, advice(n, "retractions." + k, guide));
        }
        unknownKeys(retractionNode, "retractions", Set.copyOf(Playbook.RETRACTION_KINDS));
        Advice closing = advice(required(root, "plan_closing"), "plan_closing", guide);
        Advice heard = advice(required(root, "heard_after_second_silence"), "heard_after_second_silence", guide);
        return new Playbook(guide, stages, steps, concerns, endings, settings, reachedOut, replies, counters,
                retractions, closing, heard);
    }

    private JsonNode required(JsonNode root, String name) {
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) {
            throw fail("has no entry '" + name + "'");
        }
        return n;
    }

    /** Journal replies: each names moods and stages (or "any"); every pair must find one. */
    private List<JournalReply> journalReplies(JsonNode root, GuideText guide) {
        JsonNode list = root.get("journal_replies");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fail("has no list 'journal_replies'");
        }
        List<JournalReply> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = "journal_replies[" + i + "]";
            Set<JournalReply.Mood> moods = EnumSet.noneOf(JournalReply.Mood.class);
            for (String m : namesOrAny(n, "moods", where, JournalReply.Mood.class)) {
                moods.add(parseEnum(JournalReply.Mood.class, m, where + ".moods"));
            }
            Set<Stage> stageSet = EnumSet.noneOf(Stage.class);
            for (String st : namesOrAny(n, "stages", where, Stage.class)) {
                stageSet.add(parseEnum(Stage.class, st, where + ".stages"));
            }
            out.add(new JournalReply(moods, stageSet, advice(n, where, guide)));
        }
        for (JournalReply.Mood m : JournalReply.Mood.values()) {
            for (Stage st : Stage.values()) {
                if (out.stream().noneMatch(r -> r.matches(m, st))) {
                    throw fail("journal_replies has no reply for mood " + m + " in stage " + st);
                }
            }
        }
        return out;
    }

    private <E extends Enum<E>> List<String> namesOrAny(JsonNode n, String field, String where, Class<E> type) {
        JsonNode v = n.get(field);
        if (v != null && v.isTextual() && v.asText().equals("any")) {
            return names(type).stream().toList();
        }
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw fail(where + " needs " + field + ": a list, or any");
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** One piece of advice: text, citation, the words of the line that carry it, house rule or not. */
    private Advice advice(JsonNode n, String where, GuideText guide) {
        Citation c = citation(n, where, guide);
        return new Advice(text(n, "text", where), c, n.path("house_rule").asBoolean(false), words(n, where, guide, c));
    }

    /** The words must be in the cited lines, as cleaned: an advice's quote is never made up. */
    private String words(JsonNode n, String where, GuideText guide, Citation c) {
        String w = text(n, "words", where);
        if (!guide.quote(c).contains(w)) {
            throw fail(where + ".words \"" + w + "\" are not in " + c + ": quote the words of the line that carry the advice");
        }
        return w;
    }

    private <E extends Enum<E>> Map<E, Advice> worded(JsonNode root, String name, Class<E> type, GuideText guide) {
        JsonNode section = section(root, name);
        Map<E, Advice> out = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            String where = name + "." + e.name();
            JsonNode n = section.get(e.name());
            if (n == null) {
                throw fail("has no entry " + where);
            }
            out.put(e, advice(n, where, guide));
        }
        unknownKeys(section, name, names(type));
        return out;
    }

    private List<Advice> adviceList(JsonNode n, String field, String where, GuideText guide) {
        JsonNode list = n.get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fail(where + " needs a non-empty list '" + field + "'");
        }
        List<Advice> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "." + field + "[" + i + "]";
            JsonNode a = list.get(i);
            out.add(advice(a, at, guide));
        }
        return out;
    }

    /** Every stage must be reachable from SPACE through moves_to, or the playbook describes a dead branch. */
    private void checkReachable(Map<Stage, StageGuide> stages) {
        Set<Stage> seen = EnumSet.of(Stage.SPACE);
        Deque<Stage> todo = new ArrayDeque<>(List.of(Stage.SPACE));
        while (!todo.isEmpty()) {
            for (Stage next : stages.get(todo.pop()).movesTo()) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        for (Stage s : Stage.values()) {
            if (!seen.contains(s)) {
                throw fail("stage " + s + " cannot be reached from SPACE: add it to some stage's moves_to");
            }
        }
    }

    private Citation citation(JsonNode n, String where, GuideText guide) {
        JsonNode g = n.get("guide");
        if (g == null || !g.isTextual()) {
            throw fail(where + " has no guide citation: add guide: L<line>");
        }
        Citation c;
        try {
            c = Citation.parse(g.asText());
        } catch (IllegalArgumentException e) {
            throw fail(where + ": " + e.getMessage());
        }
        if (!guide.covers(c)) {
            throw fail(where + " cites " + c + ", but the guide has no words there (it has "
                    + guide.lineCount() + " lines)");
        }
        return c;
    }

    private JsonNode section(JsonNode root, String name) {
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) {
            throw fail("has no section '" + name + "'");
        }
        return n;
    }

    private String text(JsonNode n, String field, String where) {
        JsonNode t = n.get(field);
        if (t == null || !t.isTextual() || t.asText().isBlank()) {
            throw fail(where + " needs text in '" + field + "'");
        }
        return t.asText().strip();
    }

    private int integer(JsonNode n, String field, String where) {
        JsonNode t = n.get(field);
        if (t == null || !t.canConvertToInt() || !t.isIntegralNumber() || t.asInt() < 0) {
            throw fail(where + "." + field + " must be a whole number of zero or more");
        }
        return t.asInt();
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail(where + " names '" + name + "', which is not one of " + names(type));
        }
    }

    private void unknownKeys(JsonNode section, String where, Set<String> known) {
        for (Iterator<String> it = section.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw fail(where + "." + key + " is not known: use one of " + known);
            }
        }
    }

    private static <E extends Enum<E>> Set<String> names(Class<E> type) {
        Set<String> out = new java.util.TreeSet<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out;
    }

    private PlaybookException fail(String what) {
        return new PlaybookException(file + ": " + what);
    }
}
