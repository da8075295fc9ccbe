package org.rekindle.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rekindle.journey.EventField;
import org.rekindle.journey.EventSchema;

/** The pages with forms and lists: setup, log, draft, journal, timeline, a refusal, and the account pages. */
public final class FormPages {
    private FormPages() {
    }

    /** The setup form; {@code values} refills it after a refusal. */
    public record Setup(String error, boolean exists, String ex, String breakup, String endedBy, boolean hurtful,
                        String coolingDays, LocalDate today, boolean multiUser) {
        public record Choice(String value, String label) {
        }

        public List<Choice> endedByChoices() {
            return List.of(new Choice("me", "I did"), new Choice("them", "They did"), new Choice("mutual", "We both did"));
        }

        /** {@code multiUser}: the journey is an account's on a shared server, not a data folder's. */
        public static Setup of(boolean exists, String error, Map<String, String> values, LocalDate today,
                               boolean multiUser) {
            return new Setup(error, exists, values.getOrDefault("ex", ""), values.getOrDefault("breakup", ""),
                    values.getOrDefault("ended_by", "mutual"), "true".equals(values.get("hurtful")),
                    values.getOrDefault("cooling_days", ""), today, multiUser);
        }
    }

    /** The log page: a form per loggable kind, from the event schema. */
    public record Log(String error, LocalDate breakup, LocalDate today, List<Kind> kinds) {

        /** One kind's form. */
        public record Kind(String name, String title, String hint, boolean open, List<Field> fields) {
        }

        /** One field of a form: free text (a text area for {@code text}), or a choice of words. */
        public record Field(String name, String kind, String label, boolean area, List<Option> options) {
            public String id() {
                return name + "-" + kind;
            }

            public boolean isChoice() {
                return !options.isEmpty();
            }
        }

        public record Option(String value, String label) {
        }

        public static Log of(String error, LocalDate breakup, LocalDate today, String open) {
            List<Kind> kinds = new ArrayList<>();
            for (EventSchema.EventType<?> t : EventSchema.loggable()) {
                List<Field> fields = new ArrayList<>();
                for (EventField f : t.fields()) {
                    List<Option> options = new ArrayList<>();
                    for (int i = 0; i < f.words().size(); i++) {
                        options.add(new Option(f.words().get(i), f.answers().get(i)));
                    }
                    fields.add(new Field(f.name(), t.name(), f.question(), f.name().equals("text"), options));
                }
                kinds.add(new Kind(t.name(), t.title(), t.hint(), t.name().equals(open), fields));
            }
            return new Log(error, breakup, today, kinds);
        }
    }

    /** The draft box. */
    public record Draft(boolean installed, String currentStage, List<String> stages) {
        public String currentWords() {
            return currentStage == null ? "" : " (" + words(currentStage) + ")";
        }
    }

    /** The journal table. */
    public record Journal(String ex, List<Row> rows) {

        /** One event or entry. */
        public record Row(String kind, String at, boolean later, String details, String warning, String warningGuide) {
            public boolean isPrivate() {
                return kind.equals("journal");
            }
        }

        @SuppressWarnings("unchecked")
        public static Journal of(String ex, List<Map<String, Object>> events, LocalDate today) {
            List<Row> rows = new ArrayList<>();
            List<String> shown = new ArrayList<>(EventSchema.fieldNames());
            for (Map<String, Object> e : events) {
                List<String> detail = new ArrayList<>();
                for (String f : shown) {
                    if (e.get(f) != null) {
                        detail.add((f.equals("mood") ? "mood " : "") + e.get(f));
                    }
                }
                String at = (String) e.get("at");
                Map<String, Object> w = e.get("warning") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
                rows.add(new Row((String) e.get("kind"), at, LocalDate.parse(at).isAfter(today), String.join(" · ", detail),
                        w == null ? null : (String) w.get("text"), w == null ? null : (String) w.get("guide")));
            }
            return new Journal(ex, rows);
        }
    }

    /** The timeline page: the chart, and the same events as a list. */
    public record Timeline(TimelineChart chart, List<Journal.Row> events) {
        public static Timeline of(TimelineChart chart, List<Map<String, Object>> events, LocalDate today) {
            return new Timeline(chart, Journal.of("", events, today).rows().stream().filter(r -> !r.isPrivate()).toList());
        }
    }

    /** A refusal or failure as a page: the status, and what to do. */
    public record Refusal(int status, String title, String detail) {
    }

    /** Log in, sign up and the account page of the multi-user server. */
    public record Account(String error, String email) {
    }

    /** A stage name as a person reads it: {@code AWAITING_REPLY} → "awaiting reply". */
    public static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
