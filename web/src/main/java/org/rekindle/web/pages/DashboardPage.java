package org.rekindle.web.pages;

import java.util.List;
import java.util.Map;

/**
 * The dashboard, drawn from the status JSON the API answers (so a page can never say something
 * the API does not): where the journey stands, the next step and its dates, do and avoid.
 */
public record DashboardPage(String flash, String warning, String ex, String day, String asOf, String stage,
                            String title, String summary, String guide, String ended, JourneyMap map,
                            String action, String earliest, String until, String nextGuide, String nextQuote,
                            boolean nextHouseRule, List<Advice> dos, List<Advice> avoids, String countdown,
                            List<Advice> warnings, Advice reachedOut, long resisted) {

    /** One do or avoid with its guide line, quoted in full once for the page. */
    public record Advice(String text, String guide, String quote, boolean houseRule) {
    }

    /** The journey has ended: nothing more to send, so no draft box is offered; the journal stays. */
    public boolean journeyOver() {
        return "MOVING_ON".equals(stage);
    }

    public boolean earliestIsToday() {
        return earliest != null && earliest.equals(asOf);
    }

    @SuppressWarnings("unchecked")
    public static DashboardPage of(Map<String, Object> s, String flash, String warning) {
        return of(s, flash, warning, 0);
    }

    /** {@code resisted}: how many times the urge to text them was written down instead (journal entries). */
    @SuppressWarnings("unchecked")
    public static DashboardPage of(Map<String, Object> s, String flash, String warning, long resisted) {
        Map<String, Object> next = (Map<String, Object>) s.get("next");
        Map<String, Object> quotes = (Map<String, Object>) s.getOrDefault("quotes", Map.of());
        String ended = s.get("ended") instanceof Map<?, ?> e ? (String) e.get("text") : null;
        return new DashboardPage(flash, warning, str(s.get("ex")), str(s.get("day")), str(s.get("as_of")),
                str(s.get("stage")), str(s.get("title")), str(s.get("summary")), str(s.get("guide")), ended,
                JourneyMap.of(s), str(next.get("action")), (String) next.get("earliest"), (String) next.get("until"),
                str(next.get("guide")), quote(next, quotes), Boolean.TRUE.equals(next.get("house_rule")),
                advice((List<Map<String, Object>>) s.get("do"), quotes),
                advice((List<Map<String, Object>>) s.get("avoid"), quotes),
                s.get("countdown") instanceof Map<?, ?> c ? str(c.get("text")) : null,
                advice((List<Map<String, Object>>) s.getOrDefault("warnings", List.of()), quotes),
                s.get("reached_out") instanceof Map<?, ?> r ? advice(List.of((Map<String, Object>) r), quotes).get(0) : null,
                resisted);
    }

    private static List<Advice> advice(List<Map<String, Object>> items, Map<String, Object> quotes) {
        return items.stream().map(a -> new Advice(str(a.get("text")), str(a.get("guide")), quote(a, quotes),
                Boolean.TRUE.equals(a.get("house_rule")))).toList();
    }

    /** The item's quote: given with it, or once for the whole answer under its guide line. */
    private static String quote(Map<String, Object> item, Map<String, Object> quotes) {
        Object q = item.get("quote");
        return q != null ? q.toString() : str(quotes.get(str(item.get("guide"))));
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
