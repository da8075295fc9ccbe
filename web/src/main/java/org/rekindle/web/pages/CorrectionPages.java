package org.rekindle.web.pages;

import java.util.List;

/**
 * The pages that put a mistake right or change what the journey started from: taking back an entry from the
 * history, the journey's settings, and the calm page that asks before a final step is logged. Each is a plain form
 * posting to the same use case as the command line ({@code log retract}, {@code settings}, {@code log}).
 */
public final class CorrectionPages {
    private CorrectionPages() {
    }

    /**
     * Taking back one entry: the entry as the journal shows it (null when there is no such entry), whether it is a
     * final no (then only within 24 hours of logging it), what taking it back means, and the form refilled after a
     * refusal.
     */
    public record TakeBack(long version, PocketPages.JournalPage.Row entry, boolean finalNo, String meaning,
                           String meaningGuide, String logAgain, String why, String error) {
    }

    /** The journey's settings as they stand, the guide's warnings about them, and the form refilled after a refusal. */
    public record Settings(String coolingDays, String endedBy, boolean hurtful, List<String> warnings, String error,
                           String flash) {

        public List<FormPages.Setup.Choice> endedByChoices() {
            return List.of(new FormPages.Setup.Choice("me", "I did"), new FormPages.Setup.Choice("them", "They did"),
                    new FormPages.Setup.Choice("mutual", "We both did"));
        }
    }

    /**
     * Before a final step is logged (a no-contact request, a declined appeal, moving on): what it means, in the
     * playbook's own words for that ending with its guide line, how to take it back if it was a mistake, and the
     * very form to send again with Confirm.
     *
     * @param ending the playbook's words for the journey ending this way ({@code endings} in playbook.yaml)
     * @param fields the form's values, sent again as hidden fields
     */
    public record ConfirmFinal(String kind, String heading, String what, String at, String means, String ending,
                               String guide, String quote, String undo, List<Hidden> fields) {

        /** A value the confirmation sends on unchanged. */
        public record Hidden(String name, String value) {
        }

        private static final String MIS_TAP = "If you are about to log it by mistake, go back. If it was a mis-tap after "
                + "all, you can take it back from the journal within 24 hours of logging it; after that their no stands.";

        /**
         * The confirmation for a final step; {@code ex} names who it is about, {@code what} the entry in words, and
         * {@code ending} the playbook's advice for the journey ending this way, with {@code quote} its guide line's words.
         */
        public static ConfirmFinal of(String kind, String ex, String what, String at, String ending, String guide,
                                      String quote, List<Hidden> fields) {
            return switch (kind) {
                case "no-contact-request" -> new ConfirmFinal(kind, "Did " + ex + " ask for no contact?", what, at,
                        "Logging this says " + ex + " asked you not to contact them. From then on rekindle suggests no "
                                + "contact step.", ending, guide, quote, MIS_TAP, fields);
                case "moving-on" -> new ConfirmFinal(kind, "Are you moving on?", what, at,
                        "Logging this ends the journey with " + ex + ". From then on rekindle suggests no contact step, "
                                + "and the plan has no road ahead.", ending, guide, quote,
                        "If it was a mistake, take it back from the journal: the coach then counts the journey as before.",
                        fields);
                default -> new ConfirmFinal(kind, "Did " + ex + " decline your final appeal?", what, at,
                        "Logging this says " + ex + " declined the one final appeal. From then on rekindle suggests no "
                                + "contact step.", ending, guide, quote, MIS_TAP, fields);
            };
        }
    }
}
