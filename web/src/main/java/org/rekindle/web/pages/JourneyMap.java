package org.rekindle.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey map as the template draws it (SVG), worked out from the {@code map} list of the
 * status JSON: the main road top to bottom, silence, a no and moving on beside it; the current
 * stage ringed and labelled, the stages behind ticked, those ahead hollow. Colours come from
 * classes in app.css (no inline style: the Content-Security-Policy forbids it). A title and a
 * description say the same in words.
 */
public record JourneyMap(String current, int height, String description, Line road, List<Line> branches,
                         List<Node> nodes) {

    /** A straight stretch of road. */
    public record Line(int x1, int y1, int x2, int y2) {
    }

    /** A stage on the map: where, and whether it is behind, current or ahead. */
    public record Node(String stage, String title, String state, int x, int y) {
        public boolean isCurrent() {
            return state.equals("current");
        }

        public boolean isDone() {
            return state.equals("done");
        }

        /** The tick drawn in a stage behind. */
        public String tick() {
            return "M" + (x - 5) + " " + y + " l4 4 l7 -8";
        }
    }

    private static final List<String> MAIN = List.of("SPACE", "FIRST_TEXT", "AWAITING_REPLY", "TEXTING", "CALL",
            "MEETING", "FEELINGS", "REPAIR", "REBUILDING");
    private static final int X = 36;
    private static final int SIDE_X = 300; // side labels end inside the 500 wide view at 19px
    private static final int TOP = 30;
    private static final int STEP = 46;

    private static int y(int index) {
        return TOP + index * STEP;
    }

    @SuppressWarnings("unchecked")
    static JourneyMap of(Map<String, Object> status) {
        Map<String, Map<String, Object>> byStage = new LinkedHashMap<>();
        for (Object o : (List<Object>) status.get("map")) {
            Map<String, Object> m = (Map<String, Object>) o;
            byStage.put((String) m.get("stage"), m);
        }
        Map<String, int[]> at = new LinkedHashMap<>();
        for (int i = 0; i < MAIN.size(); i++) {
            at.put(MAIN.get(i), new int[] {X, y(i)});
        }
        at.put("SILENCE", new int[] {SIDE_X, y(MAIN.indexOf("AWAITING_REPLY"))});
        at.put("DECLINED", new int[] {SIDE_X, y(MAIN.indexOf("FEELINGS"))});
        at.put("MOVING_ON", new int[] {SIDE_X, y(MAIN.indexOf("REBUILDING"))});

        List<String> done = new ArrayList<>();
        List<String> ahead = new ArrayList<>();
        String current = "";
        for (Map<String, Object> m : byStage.values()) {
            String title = (String) m.get("title");
            switch ((String) m.get("state")) {
                case "current" -> current = title;
                case "done" -> done.add(title);
                default -> ahead.add(title);
            }
        }
        String desc = "You are at: " + current + ". Behind you: " + (done.isEmpty() ? "nothing yet" : String.join(", ", done))
                + ". Still ahead or off the road: " + String.join(", ", ahead) + ".";
        // side roads start past the longest main label, so no line runs through a word
        List<Line> branches = List.of(
                new Line(SIDE_X - 28, at.get("SILENCE")[1], at.get("SILENCE")[0], at.get("SILENCE")[1]),
                new Line(SIDE_X - 28, at.get("DECLINED")[1], at.get("DECLINED")[0], at.get("DECLINED")[1]),
                new Line(at.get("DECLINED")[0], at.get("DECLINED")[1], at.get("MOVING_ON")[0], at.get("MOVING_ON")[1]));
        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<String, int[]> e : at.entrySet()) {
            Map<String, Object> m = byStage.get(e.getKey());
            if (m != null) {
                nodes.add(new Node((String) m.get("stage"), (String) m.get("title"), (String) m.get("state"),
                        e.getValue()[0], e.getValue()[1]));
            }
        }
        return new JourneyMap(DashboardPage.str(status.get("stage")), y(MAIN.size() - 1) + 34, desc,
                new Line(X, y(0), X, y(MAIN.size() - 1)), branches, nodes);
    }
}
