package org.rekindle.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages that make rekindle work from a pocket: the page asking for the link, the "I want to text them"
 * page, the plan with its calendar, and the draft review drawn on the server (so the draft box works without
 * JavaScript).
 */
public final class PocketPages {
    private PocketPages() {
    }

    /** For a visitor without the token: {@code origin} is this server's address, as the printed link starts. */
    public record NeedsLink(boolean wrongToken, String origin) {
    }

    /**
     * The urge to text them: a calming line from the guide for the stage, a quick private entry, and how many
     * times the urge was written down instead (each journal entry is one).
     */
    public record Urge(String line, String guide, String quote, long resisted, String error, String text, LocalDate today) {
    }

    /** The road ahead with a day and a reason for each step, and the calendar: a file, and a feed to subscribe. */
    public record Plan(String asOf, String stageTitle, List<Step> steps, String ended, String feed, String feedNeutral,
                       String flash, boolean feedOn, boolean shownOnce) {

        /** One step: what, from (or until) which day, why that day, and its guide line. */
        public record Step(String action, String when, String day, String reason, String guide, boolean contactsEx) {
        }

        /** Whether the address can be shown: the data folder keeps the key, the database only its fingerprint. */
        public boolean feedShown() {
            return feed != null;
        }
    }

    /** The draft page: the box (refilled after a post), and the review when one was asked for. */
    public record DraftPage(FormPages.Draft box, Review review, String text, String stage, String error) {
        public boolean selected(String s) {
            return s.equals(stage);
        }
    }

    /** A draft's review, as the page shows it with or without JavaScript. */
    public record Review(String text, String stage, String verdict, String verdictWords, String message,
                         List<Finding> findings, List<String> suggestions, String writeFrom, boolean unavailable) {

        /** One label: good signal or concern, its human name, its words in the draft, why, and the guide line. */
        public record Finding(String severity, boolean good, String icon, String name, List<String> words,
                              List<int[]> spans, String reason, String guide) {
            public String spansAttribute() {
                StringBuilder b = new StringBuilder();
                for (int[] s : spans) {
                    b.append(b.isEmpty() ? "" : " ").append(s[0]).append('-').append(s[1]);
                }
                return b.toString();
            }
        }

        public static Review unavailable(String text, String stage) {
            return new Review(text, stage, "", "", null, List.of(), List.of(), null, true);
        }

        public List<Finding> concerns() {
            return findings.stream().filter(f -> !f.good()).toList();
        }

        public List<Finding> goodSignals() {
            return findings.stream().filter(Finding::good).toList();
        }

        @SuppressWarnings("unchecked")
        public static Review of(String text, String stage, Map<String, Object> json) {
            List<Finding> findings = new ArrayList<>();
            for (Object o : (List<Object>) json.getOrDefault("labels", List.of())) {
                Map<String, Object> l = (Map<String, Object>) o;
                String severity = String.valueOf(l.get("severity")).toLowerCase(java.util.Locale.ROOT);
                boolean good = severity.equals("ok");
                List<String> words = new ArrayList<>();
                List<int[]> spans = new ArrayList<>();
                for (Object s : (List<Object>) l.getOrDefault("spans", List.of())) {
                    List<Object> pair = (List<Object>) s;
                    int from = ((Number) pair.get(0)).intValue();
                    int to = ((Number) pair.get(1)).intValue();
                    if (from >= 0 && to <= text.length() && from < to) {
                        spans.add(new int[] {from, to});
                        words.add(text.substring(from, to));
                    }
                }
                String label = String.valueOf(l.get("label"));
                findings.add(new Finding(severity, good, good ? "✓" : severity.equals("block") ? "✋" : "⚠",
                        labelName(label), words, spans, str(l.get("reason")), str(l.get("guide"))));
            }
            List<String> suggestions = new ArrayList<>();
            for (Object s : (List<Object>) json.getOrDefault("suggestions", List.of())) {
                suggestions.add(String.valueOf(s));
            }
            String verdict = str(json.get("verdict"));
            return new Review(text, stage, verdict, PocketPages.verdictWords(verdict), (String) json.get("message"), findings,
                    suggestions, (String) json.get("write_from"), false);
        }
    }

    /** What a verdict means, in words. */
    public static String verdictWords(String verdict) {
        return switch (verdict) {
            case "SEND" -> "Fine to send";
            case "REVISE" -> "Change it first";
            case "HOLD" -> "Don't send this";
            default -> verdict;
        };
    }

    /** The labels of LABELS.md as a person reads them. */
    public static String labelName(String label) {
        return switch (label) {
            case "ROMANTIC" -> "Romantic words";
            case "SEXUAL" -> "Sexual content";
            case "BREAKUP_TALK" -> "Talk of the breakup";
            case "RELATIONSHIP_PLANS" -> "Plans to get back together";
            case "PRESSURE" -> "Pressure";
            case "OTHER_PEOPLE" -> "Other people you dated";
            case "DWELLING" -> "Dwelling on the past";
            case "MEMORY" -> "A light shared memory";
            case "INVITATION" -> "An invitation";
            case "APOLOGY" -> "An apology";
            case "INTENT" -> "Why you reach out";
            case "APPRECIATION" -> "Appreciation";
            default -> FormPages.words(label);
        };
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /**
     * The journal in people's words: each kind by its title, each chosen word by its answer ("They need time",
     * not {@code needs-time}), texts quoted; the form for a private entry with a mood, and the moods over time.
     * Every entry but a retraction offers to be taken back; one taken back says so.
     */
    public record JournalPage(String ex, List<Row> rows, MoodChart moods, long resisted, String error, String flash,
                              LocalDate today) {

        /** One event or entry. */
        public record Row(long version, String kind, String what, String at, boolean later, boolean isPrivate,
                          String details, String warning, String warningGuide, boolean retracted) {

            /** Whether the row offers "Take back": a retraction is itself never taken back, nor an entry twice. */
            public boolean canTakeBack() {
                return !retracted && !kind.equals("retraction");
            }

            /** The entry in a few words, for the name of its "Take back" link. */
            public String label() {
                return what + ", " + at;
            }
        }

        public static JournalPage of(String ex, List<Map<String, Object>> events, LocalDate today, String error,
                                     String flash, java.util.Set<Long> retracted) {
            List<Row> rows = new ArrayList<>();
            List<MoodChart.Point> moods = new ArrayList<>();
            long resisted = 0;
            for (Map<String, Object> e : events) {
                Row row = row(e, events, today, retracted);
                if (row.isPrivate()) {
                    resisted++;
                    if (e.get("mood") instanceof Number n) {
                        moods.add(new MoodChart.Point(LocalDate.parse(row.at()), n.intValue()));
                    }
                }
                rows.add(row);
            }
            return new JournalPage(ex, rows, MoodChart.of(moods), resisted, error, flash, today);
        }

        /** One entry of {@code events} (as {@code GET /api/events} gives them) in people's words. */
        @SuppressWarnings("unchecked")
        public static Row row(Map<String, Object> e, List<Map<String, Object>> events, LocalDate today,
                              java.util.Set<Long> retracted) {
            String kind = String.valueOf(e.get("kind"));
            String at = String.valueOf(e.get("at"));
            long version = e.get("version") instanceof Number v ? v.longValue() : -1;
            boolean isPrivate = kind.equals("journal");
            List<String> detail = new ArrayList<>();
            String what = kind;
            if (isPrivate) {
                what = "Private entry";
                if (e.get("text") != null) {
                    detail.add("“" + e.get("text") + "”");
                }
                if (e.get("mood") instanceof Number n) {
                    detail.add("mood " + n.intValue() + " of 5 (" + MoodChart.word(n.intValue()) + ")");
                }
            } else if (kind.equals("retraction")) {
                what = "Taken back";
                Object target = e.get("retracts");
                for (Map<String, Object> t : events) {
                    if (target != null && String.valueOf(t.get("version")).equals(String.valueOf(target))) {
                        Row r = row(t, List.of(), today, java.util.Set.of());
                        detail.add(r.what() + " (" + r.at() + ")");
                    }
                }
                if (e.get("why") != null) {
                    detail.add("“" + e.get("why") + "”");
                }
            } else {
                try {
                    org.rekindle.journey.EventSchema.EventType<?> t = org.rekindle.journey.EventSchema.named(kind);
                    what = t.title();
                    for (org.rekindle.journey.EventField f : t.fields()) {
                        Object v = e.get(f.name());
                        if (v == null) {
                            continue;
                        }
                        int w = f.words().indexOf(String.valueOf(v));
                        detail.add(w >= 0 && w < f.answers().size() ? f.answers().get(w) : "“" + v + "”");
                    }
                } catch (RuntimeException unknown) {
                    what = FormPages.words(kind.replace('-', '_'));
                }
            }
            Map<String, Object> warning = e.get("warning") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
            return new Row(version, kind, what, at, LocalDate.parse(at).isAfter(today), isPrivate, String.join(" · ", detail),
                    warning == null ? null : (String) warning.get("text"),
                    warning == null ? null : (String) warning.get("guide"), retracted.contains(version));
        }
    }
}
