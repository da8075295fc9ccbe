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
                       String flash) {

        /** One step: what, from (or until) which day, why that day, and its guide line. */
        public record Step(String action, String when, String day, String reason, String guide, boolean contactsEx) {
        }

        public boolean feedOn() {
            return feed != null;
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
}
