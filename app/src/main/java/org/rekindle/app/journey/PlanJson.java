package org.rekindle.app.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rekindle.plan.PlannedStep;
import org.rekindle.playbook.Playbook;
import org.rekindle.playbook.StepGuide;
import org.rekindle.status.Status;

/** The road ahead as {@code plan --json} and {@code GET /api/plan} give it. */
public final class PlanJson {
    private PlanJson() {
    }

    public static Map<String, Object> json(Status status, List<PlannedStep> road, Playbook playbook, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stage", status.stage().name());
        json.put("as_of", today.toString());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (PlannedStep p : road) {
            StepGuide g = playbook.step(p.step());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", p.stage().name());
            m.put("step", p.step().name());
            m.put("action", g.action());
            m.put("earliest", StatusJson.date(p.earliest()));
            m.put("until", StatusJson.date(p.until()));
            m.put("contacts_ex", g.contactsEx());
            m.put("guide", g.guide().toString());
            steps.add(m);
        }
        json.put("steps", steps);
        return json;
    }
}
