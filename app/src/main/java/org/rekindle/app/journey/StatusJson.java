package org.rekindle.app.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JourneyEngine;
import org.rekindle.journey.Stage;
import org.rekindle.playbook.Advice;
import org.rekindle.playbook.Citation;
import org.rekindle.playbook.Playbook;
import org.rekindle.status.Status;

/**
 * A status as {@code rekindle status --json} and {@code GET /api/status} give it. Items cite their
 * guide line ({@code "guide": "L8"}); the line's words are under {@code quotes}, once per line.
 */
public final class StatusJson {

    /** The road as the map draws it; SILENCE, DECLINED and MOVING_ON sit beside it. */
    public static final List<Stage> MAIN_ROAD = List.of(Stage.SPACE, Stage.FIRST_TEXT, Stage.AWAITING_REPLY,
            Stage.TEXTING, Stage.CALL, Stage.MEETING, Stage.FEELINGS, Stage.REPAIR, Stage.REBUILDING);

    private final Playbook playbook;

    public StatusJson(Playbook playbook) {
        this.playbook = playbook;
    }

    public Map<String, Object> json(Status s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ex", s.journey().ex());
        out.put("breakup", s.journey().breakup().toString());
        out.put("as_of", s.asOf().toString());
        out.put("day", s.day());
        out.put("stage", s.stage().name());
        out.put("title", s.guide().title());
        out.put("summary", s.guide().summary());
        out.put("guide", s.guide().guide().toString());
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("action", s.step().action());
        next.put("step", s.next().step().name());
        next.put("earliest", date(s.next().earliest()));
        next.put("until", date(s.next().until()));
        next.put("contacts_ex", s.contactsEx());
        next.put("guide", s.step().guide().toString());
        next.put("house_rule", s.step().houseRule());
        out.put("next", next);
        out.put("do", advice(s.guide().dos()));
        out.put("avoid", advice(s.guide().avoids()));
        s.ending().ifPresent(e -> out.put("ended", adviceEntry(e)));
        List<Map<String, Object>> map = new ArrayList<>();
        Set<Stage> visited = visited(s);
        for (Stage stage : Stage.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", stage.name());
            m.put("title", playbook.stage(stage).title());
            m.put("state", state(s, visited, stage));
            map.add(m);
        }
        out.put("map", map);
        out.put("quotes", quotes(s));
        return out;
    }

    /** {@code current}, {@code done} or {@code ahead}: how the map marks a stage. */
    public static String state(Status s, Set<Stage> visited, Stage stage) {
        return stage == s.stage() ? "current" : visited.contains(stage) ? "done" : "ahead";
    }

    /** The stages this journey has been through, the current one included. */
    public static Set<Stage> visited(Status s) {
        Set<Stage> seen = EnumSet.of(Stage.SPACE);
        for (JourneyEngine.Applied a : s.applied()) {
            seen.add(a.stageBefore());
            seen.add(a.stageAfter());
            if (a.event() instanceof JournalEvent.CallHeld && a.concern().isEmpty()) {
                seen.add(Stage.CALL); // a call that agreed a meeting went straight past the call stage
            }
        }
        seen.add(s.stage());
        return seen;
    }

    private List<Map<String, Object>> advice(List<Advice> list) {
        return list.stream().map(this::adviceEntry).toList();
    }

    private Map<String, Object> adviceEntry(Advice a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("guide", a.guide().toString());
        m.put("house_rule", a.houseRule());
        return m;
    }

    /**
     * The guide's words for every line the next step, the do and avoid items and the ending cite,
     * each once: several items often cite the same line, and repeating it doubled the answer.
     */
    private Map<String, Object> quotes(Status s) {
        Map<String, Object> quotes = new LinkedHashMap<>();
        List<Citation> cited = new ArrayList<>();
        cited.add(s.step().guide());
        s.guide().dos().forEach(a -> cited.add(a.guide()));
        s.guide().avoids().forEach(a -> cited.add(a.guide()));
        s.ending().ifPresent(e -> cited.add(e.guide()));
        for (Citation c : cited) {
            quotes.computeIfAbsent(c.toString(), k -> playbook.quote(c));
        }
        return quotes;
    }

    public static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
