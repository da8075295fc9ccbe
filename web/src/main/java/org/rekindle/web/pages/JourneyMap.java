package org.rekindle.web.pages;

import static org.rekindle.web.pages.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey map as SVG, drawn from the {@code map} list of the status JSON: the main road top
 * to bottom, silence, a no and moving on beside it; the current stage ringed and labelled, the
 * stages behind ticked, those ahead hollow. Colours come from classes in app.css (no inline
 * style: the Content-Security-Policy forbids it). A title and a description say the same in words.
 */
public final class JourneyMap {
    private JourneyMap() {
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
    public static String svg(Map<String, Object> status) {
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
        int height = y(MAIN.size() - 1) + 34;

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

        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"journey-map\" id=\"journey-map\" viewBox=\"0 0 500 ").append(height)
                .append("\" role=\"img\" aria-labelledby=\"map-title map-desc\" data-current=\"")
                .append(esc(status.get("stage"))).append("\">");
        s.append("<title id=\"map-title\">Journey map</title><desc id=\"map-desc\">").append(esc(desc)).append("</desc>");
        // the road
        s.append("<line class=\"road\" x1=\"").append(X).append("\" y1=\"").append(y(0)).append("\" x2=\"").append(X)
                .append("\" y2=\"").append(y(MAIN.size() - 1)).append("\"/>");
        // side roads start past the longest main label, so no line runs through a word
        branch(s, new int[] {SIDE_X - 28, at.get("SILENCE")[1]}, at.get("SILENCE"));
        branch(s, new int[] {SIDE_X - 28, at.get("DECLINED")[1]}, at.get("DECLINED"));
        branch(s, at.get("DECLINED"), at.get("MOVING_ON"));
        for (Map.Entry<String, int[]> e : at.entrySet()) {
            Map<String, Object> m = byStage.get(e.getKey());
            if (m != null) {
                node(s, m, e.getValue());
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    private static void branch(StringBuilder s, int[] from, int[] to) {
        s.append("<line class=\"branch\" x1=\"").append(from[0]).append("\" y1=\"").append(from[1])
                .append("\" x2=\"").append(to[0]).append("\" y2=\"").append(to[1]).append("\"/>");
    }

    private static void node(StringBuilder s, Map<String, Object> m, int[] p) {
        String state = (String) m.get("state");
        s.append("<g class=\"node ").append(esc(state)).append("\" data-stage=\"").append(esc(m.get("stage")))
                .append("\" data-state=\"").append(esc(state)).append("\">");
        if (state.equals("current")) {
            s.append("<circle class=\"halo\" cx=\"").append(p[0]).append("\" cy=\"").append(p[1]).append("\" r=\"17\"/>");
        }
        s.append("<circle class=\"dot\" cx=\"").append(p[0]).append("\" cy=\"").append(p[1]).append("\" r=\"11\"/>");
        if (state.equals("done")) {
            s.append("<path class=\"tick\" d=\"M").append(p[0] - 5).append(' ').append(p[1]).append(" l4 4 l7 -8\"/>");
        }
        s.append("<text class=\"label\" x=\"").append(p[0] + 22).append("\" y=\"").append(p[1] + 5).append("\">")
                .append(esc(m.get("title"))).append("</text>");
        if (state.equals("current")) {
            s.append("<text class=\"here\" x=\"").append(p[0] + 22).append("\" y=\"").append(p[1] + 22)
                    .append("\">you are here</text>");
        }
        s.append("</g>");
    }
}
