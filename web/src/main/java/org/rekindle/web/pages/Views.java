package org.rekindle.web.pages;

import static org.rekindle.web.pages.Html.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the pages, drawn from the same JSON maps the API answers with, so a page can never
 * say something the API does not. Forms post to the same origin with the CSRF field; they work
 * without JavaScript.
 */
public final class Views {
    private Views() {
    }

    /** A kind of event as the log page offers it: what to call it, and the fields it takes. */
    record Kind(String kind, String label, String hint, List<String> fields) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("contact", "Contact during the cooling-off", "Any contact while giving them space restarts the clock.", List.of()),
            new Kind("text-sent", "I sent a text", "The first friendly, short text, or a text later on.", List.of("text")),
            new Kind("reply", "They replied", "", List.of()),
            new Kind("call", "We talked on the phone", "", List.of("meeting")),
            new Kind("meeting", "We met", "", List.of("outcome")),
            new Kind("explained", "I explained why I reached out", "", List.of()),
            new Kind("feelings", "I shared my feelings", "", List.of("response-feelings")),
            new Kind("appeal", "I made the one final appeal", "", List.of("response-appeal")),
            new Kind("no-contact-request", "They asked for no contact", "This is final: the coach will not suggest contact again.", List.of()),
            new Kind("apology", "I apologized", "", List.of()),
            new Kind("forgiveness", "I forgave them", "", List.of()),
            new Kind("new-memory", "We made a new memory", "", List.of("note")),
            new Kind("moving-on", "I am moving on", "You may end the journey at any time.", List.of()));

    // ---------------------------------------------------------------- dashboard

    @SuppressWarnings("unchecked")
    public static String dashboard(Map<String, Object> s, String flash, String warning) {
        Map<String, Object> next = (Map<String, Object>) s.get("next");
        StringBuilder b = new StringBuilder();
        if (flash != null) {
            b.append("<div class=\"notice ok\" role=\"status\"><p>").append(esc(flash)).append("</p></div>");
        }
        if (warning != null) {
            b.append(Html.alert("warn", warning));
        }
        b.append("<h1>Where you stand with ").append(esc(s.get("ex"))).append("</h1>");
        b.append("<p class=\"meta\">Day ").append(esc(s.get("day"))).append(" since the breakup · as of ")
                .append(esc(s.get("as_of"))).append("</p>");
        b.append("<div class=\"grid\">");
        b.append("<section class=\"card stage\" aria-labelledby=\"stage-h\"><h2 id=\"stage-h\">")
                .append("<span class=\"stage-name\" id=\"stage-name\" data-stage=\"").append(esc(s.get("stage"))).append("\">")
                .append(esc(s.get("title"))).append("</span></h2>");
        b.append("<p>").append(esc(s.get("summary"))).append(" <cite>[").append(esc(s.get("guide"))).append("]</cite></p>");
        if (s.get("ended") instanceof Map<?, ?> ended) {
            b.append("<p class=\"ended\">").append(esc(ended.get("text"))).append("</p>");
        }
        b.append(JourneyMap.svg(s));
        b.append("</section>");

        b.append("<section class=\"card next\" aria-labelledby=\"next-h\"><h2 id=\"next-h\">Next step</h2>");
        b.append("<p class=\"action\" id=\"next-action\">").append(esc(next.get("action"))).append("</p>");
        String earliest = (String) next.get("earliest");
        String until = (String) next.get("until");
        if (earliest != null || until != null) {
            b.append("<p class=\"when\">");
            if (earliest != null) {
                b.append("From <time datetime=\"").append(esc(earliest)).append("\">")
                        .append(earliest.equals(s.get("as_of")) ? "today, " + esc(earliest) : esc(earliest)).append("</time>");
            }
            if (until != null) {
                b.append(earliest != null ? " · " : "").append("Until <time datetime=\"").append(esc(until)).append("\">")
                        .append(esc(until)).append("</time>");
            }
            b.append("</p>");
        }
        b.append(quote(next.get("guide"), next.get("quote"), Boolean.TRUE.equals(next.get("house_rule"))));
        b.append("<p><a class=\"button\" href=\"/log\">Log what happened</a> <a class=\"button secondary\" href=\"/draft\">Check a draft</a></p>");
        b.append("</section>");

        b.append(adviceList("Do", "do", (List<Map<String, Object>>) s.get("do")));
        b.append(adviceList("Avoid", "avoid", (List<Map<String, Object>>) s.get("avoid")));
        b.append("</div>");
        return b.toString();
    }

    private static String adviceList(String title, String id, List<Map<String, Object>> items) {
        StringBuilder b = new StringBuilder("<section class=\"card advice ").append(id).append("\" aria-labelledby=\"")
                .append(id).append("-h\"><h2 id=\"").append(id).append("-h\">").append(title).append("</h2><ul>");
        for (Map<String, Object> a : items) {
            b.append("<li><details title=\"").append(esc(a.get("quote"))).append("\"><summary>").append(esc(a.get("text")))
                    .append(" <span class=\"cite\">[").append(esc(a.get("guide")))
                    .append(Boolean.TRUE.equals(a.get("house_rule")) ? ", house rule" : "").append("]</span></summary>")
                    .append("<blockquote>").append(esc(a.get("quote"))).append("</blockquote></details></li>");
        }
        return b.append("</ul></section>").toString();
    }

    private static String quote(Object guide, Object quote, boolean houseRule) {
        return "<details class=\"quote\" title=\"" + esc(quote) + "\"><summary>What the guide says [" + esc(guide)
                + (houseRule ? ", house rule" : "") + "]</summary><blockquote>" + esc(quote) + "</blockquote></details>";
    }

    // ---------------------------------------------------------------- setup

    /** The setup form; {@code values} refills it after a refusal. */
    public static String setup(String csrf, boolean exists, String error, Map<String, String> values, LocalDate today) {
        StringBuilder b = new StringBuilder("<h1>Start your journey</h1>");
        if (error != null) {
            b.append(Html.alert("error", error));
        }
        if (exists) {
            b.append("<p>A journey already exists in this data folder; see it on the <a href=\"/\">dashboard</a>. "
                    + "For another one, serve another <code>--data-dir</code>.</p>");
            return b.toString();
        }
        String endedBy = values.getOrDefault("ended_by", "mutual");
        b.append("<p>Who, when it ended, and who ended it. It stays on this machine.</p>");
        b.append("<form method=\"post\" action=\"/setup\" class=\"stack\" id=\"setup-form\">").append(Html.csrfField(csrf));
        b.append("<label for=\"ex\">Your ex's first name or a nickname</label>")
                .append("<input id=\"ex\" name=\"ex\" required maxlength=\"100\" autocomplete=\"off\" value=\"")
                .append(esc(values.get("ex"))).append("\">");
        b.append("<label for=\"breakup\">The day you broke up</label>")
                .append("<input id=\"breakup\" name=\"breakup\" type=\"date\" required max=\"").append(today)
                .append("\" value=\"").append(esc(values.get("breakup"))).append("\">");
        b.append("<fieldset><legend>Who ended it</legend>");
        for (String[] o : new String[][] {{"me", "I did"}, {"them", "They did"}, {"mutual", "We both did"}}) {
            b.append("<label class=\"inline\"><input type=\"radio\" name=\"ended_by\" value=\"").append(o[0]).append('"')
                    .append(o[0].equals(endedBy) ? " checked" : "").append("> ").append(o[1]).append("</label>");
        }
        b.append("</fieldset>");
        b.append("<label class=\"inline\"><input type=\"checkbox\" name=\"hurtful\" value=\"true\"")
                .append("true".equals(values.get("hurtful")) ? " checked" : "")
                .append("> I said hurtful things (an apology will be owed, L24)</label>");
        b.append("<label for=\"cooling_days\">Days of no contact after the breakup (optional; the guide says a month or two)</label>")
                .append("<input id=\"cooling_days\" name=\"cooling_days\" type=\"number\" min=\"1\" max=\"3650\" inputmode=\"numeric\" value=\"")
                .append(esc(values.get("cooling_days"))).append("\">");
        b.append("<button type=\"submit\">Start</button></form>");
        return b.toString();
    }

    // ---------------------------------------------------------------- log

    public static String log(String csrf, String error, LocalDate breakup, LocalDate today, String open) {
        StringBuilder b = new StringBuilder("<h1>Log what happened</h1>");
        if (error != null) {
            b.append(Html.alert("error", error));
        }
        b.append("<p>The journal keeps what happened, even when it does not fit the plan; the coach will say so.</p>");
        for (Kind k : KINDS) {
            String id = k.kind();
            b.append("<details class=\"log-kind card\" id=\"kind-").append(id).append('"')
                    .append(id.equals(open) ? " open" : "").append("><summary>").append(esc(k.label())).append("</summary>");
            if (!k.hint().isEmpty()) {
                b.append("<p class=\"hint\">").append(esc(k.hint())).append("</p>");
            }
            b.append("<form method=\"post\" action=\"/log\" class=\"stack\" id=\"log-").append(id).append("\">")
                    .append(Html.csrfField(csrf)).append("<input type=\"hidden\" name=\"kind\" value=\"").append(id).append("\">");
            b.append("<label for=\"at-").append(id).append("\">On</label><input id=\"at-").append(id)
                    .append("\" name=\"at\" type=\"date\" required min=\"").append(breakup).append("\" max=\"").append(today)
                    .append("\" value=\"").append(today).append("\">");
            for (String f : k.fields()) {
                switch (f) {
                    case "text" -> b.append("<label for=\"text-").append(id).append("\">What you wrote (optional)</label>")
                            .append("<textarea id=\"text-").append(id).append("\" name=\"text\" rows=\"3\" maxlength=\"5000\"></textarea>");
                    case "note" -> b.append("<label for=\"note-").append(id).append("\">A few words to remember it by (optional)</label>")
                            .append("<input id=\"note-").append(id).append("\" name=\"note\" maxlength=\"5000\">");
                    case "meeting" -> select(b, id, "meeting", "Did you agree to meet?",
                            new String[][] {{"not-agreed", "No meeting agreed"}, {"agreed", "We agreed to meet"}});
                    case "outcome" -> select(b, id, "outcome", "How did it go?",
                            new String[][] {{"well", "Well"}, {"mixed", "Mixed"}, {"badly", "Badly"}});
                    case "response-feelings" -> select(b, id, "response", "What did they say?",
                            new String[][] {{"interested", "They are interested"}, {"needs-time", "They need time"},
                                    {"not-interested", "They are not interested"}});
                    case "response-appeal" -> select(b, id, "response", "What did they say?",
                            new String[][] {{"accepted", "They accepted"}, {"declined", "They declined"}});
                    default -> throw new IllegalStateException(f);
                }
            }
            b.append("<button type=\"submit\">Log it</button></form></details>");
        }
        return b.toString();
    }

    private static void select(StringBuilder b, String id, String name, String label, String[][] options) {
        b.append("<label for=\"").append(name).append('-').append(id).append("\">").append(esc(label)).append("</label>")
                .append("<select id=\"").append(name).append('-').append(id).append("\" name=\"").append(name).append("\">");
        for (String[] o : options) {
            b.append("<option value=\"").append(o[0]).append("\">").append(esc(o[1])).append("</option>");
        }
        b.append("</select>");
    }

    // ---------------------------------------------------------------- draft

    public static String draft(boolean installed, String currentStage, List<String> stages) {
        StringBuilder b = new StringBuilder("<h1>Check a draft before you send it</h1>");
        b.append("<p>Type the message you are thinking of sending. Nothing is sent to anyone: the review happens on this machine.</p>");
        if (!installed) {
            b.append("<div class=\"notice warn\" id=\"draft-unavailable\"><p>Draft review is not installed in this build: "
                    + "the box below cannot give a verdict yet.</p></div>");
        }
        b.append("<form class=\"stack\" id=\"draft-form\" action=\"/draft\" method=\"get\">");
        b.append("<label for=\"draft-stage\">At the stage</label><select id=\"draft-stage\" name=\"stage\">");
        b.append("<option value=\"\">Where I am now").append(currentStage == null ? "" : " (" + esc(Html.words(currentStage)) + ")")
                .append("</option>");
        for (String st : stages) {
            b.append("<option value=\"").append(esc(st)).append("\">").append(esc(Html.words(st))).append("</option>");
        }
        b.append("</select>");
        b.append("<label for=\"draft-text\">Your draft</label>")
                .append("<div class=\"draft-box\"><div class=\"draft-mirror\" id=\"draft-mirror\" aria-hidden=\"true\"></div>")
                .append("<textarea id=\"draft-text\" name=\"text\" rows=\"5\" maxlength=\"5000\" spellcheck=\"true\"></textarea></div>");
        b.append("<noscript><p>The live review needs JavaScript; the rest of rekindle works without it.</p></noscript>");
        b.append("</form>");
        b.append("<section class=\"card\" aria-labelledby=\"review-h\"><h2 id=\"review-h\">Review</h2>")
                .append("<div id=\"draft-result\" aria-live=\"polite\"><p class=\"hint\">Start typing to see the review.</p></div></section>");
        return b.toString();
    }

    // ---------------------------------------------------------------- journal

    @SuppressWarnings("unchecked")
    public static String journal(String ex, List<Map<String, Object>> events, LocalDate today) {
        StringBuilder b = new StringBuilder("<h1>Your journal</h1>");
        b.append("<p>Everything logged about ").append(esc(ex)).append(", oldest first. Private entries are marked and never shared.</p>");
        if (events.isEmpty()) {
            return b.append("<p id=\"journal-empty\">Nothing logged yet. <a href=\"/log\">Log what happens</a>.</p>").toString();
        }
        b.append("<div class=\"table-wrap\"><table id=\"journal-table\"><caption>The journal</caption><thead><tr>")
                .append("<th scope=\"col\">Day</th><th scope=\"col\">What</th><th scope=\"col\">Details</th></tr></thead><tbody>");
        for (Map<String, Object> e : events) {
            StringBuilder detail = new StringBuilder();
            for (String f : new String[] {"text", "meeting", "outcome", "response", "note", "mood"}) {
                if (e.get(f) != null) {
                    detail.append(detail.isEmpty() ? "" : " · ").append(f.equals("mood") ? "mood " : "").append(esc(e.get(f)));
                }
            }
            if (e.get("warning") instanceof Map<?, ?> w) {
                detail.append("<p class=\"warn-inline\">⚠ ").append(esc(w.get("text"))).append(" [").append(esc(w.get("guide"))).append("]</p>");
            }
            String at = (String) e.get("at");
            boolean later = LocalDate.parse(at).isAfter(today);
            b.append("<tr data-kind=\"").append(esc(e.get("kind"))).append("\"><td><time datetime=\"").append(esc(at)).append("\">")
                    .append(esc(at)).append("</time>").append(later ? " (not counted yet)" : "").append("</td><td>")
                    .append(esc(e.get("kind"))).append("journal".equals(e.get("kind")) ? " (private)" : "").append("</td><td>")
                    .append(detail).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    // ---------------------------------------------------------------- timeline

    public static String timeline(String svg, List<Map<String, Object>> events) {
        StringBuilder b = new StringBuilder("<h1>Timeline</h1>");
        b.append("<p>Texts, replies, calls and meetings over time. The shaded band is the cooling-off; the line is today.</p>");
        b.append("<div class=\"chart card\">").append(svg).append("</div>");
        b.append("<details class=\"card\"><summary>The same as a list</summary><ul>");
        for (Map<String, Object> e : events) {
            if (!"journal".equals(e.get("kind"))) {
                b.append("<li>").append(esc(e.get("at"))).append(": ").append(esc(e.get("kind"))).append("</li>");
            }
        }
        return b.append("</ul></details>").toString();
    }

    /** A refusal or failure as a page: the status, and what to do. */
    public static String problem(int status, String title, String detail) {
        return "<h1>" + esc(title) + "</h1>" + Html.alert("error", detail) + "<p><a href=\"/\">Back to the dashboard</a></p>";
    }

    /**
     * For a visitor without the token: where the link comes from, and a field to paste it, which sends it the way
     * the link does (so a wrong one is answered here again, never by a redirect loop).
     */
    public static String needsLink(boolean wrongToken) {
        return "<h1>rekindle needs its link</h1>"
                + (wrongToken ? Html.alert("error", "That token is not this server's. It may have been replaced "
                        + "(serve --new-token): use the link rekindle serve prints now.") : "")
                + "<p>Your journal is private, so rekindle opens only with the link it made for you.</p>"
                + "<p>On the computer where rekindle runs, start it with <code>./rekindle serve</code>. "
                + "It prints one line:</p>"
                + "<pre class=\"link-line\">rekindle is running at http://127.0.0.1:7420/?token=…</pre>"
                + "<p>Open that link here once. This browser then stays signed in, also from a home-screen icon "
                + "and across restarts, until the token is replaced with <code>./rekindle serve --new-token</code>.</p>"
                + "<form method=\"get\" action=\"/\" class=\"stack\">"
                + "<label for=\"token\">Or paste the token (the part of the link after <code>token=</code>)</label>"
                + "<input id=\"token\" name=\"token\" type=\"text\" autocomplete=\"off\" autocapitalize=\"off\" "
                + "spellcheck=\"false\" required minlength=\"16\" maxlength=\"200\">"
                + "<button type=\"submit\">Open rekindle</button></form>";
    }
}
