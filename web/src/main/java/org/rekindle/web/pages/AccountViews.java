package org.rekindle.web.pages;

import static org.rekindle.web.pages.Html.esc;

/** The multi-user server's own pages: log in, sign up, and the account (export, log out, erase). */
public final class AccountViews {
    private AccountViews() {
    }

    public static String login(String error, String email) {
        return "<h1>Log in</h1>" + (error == null ? "" : Html.alert("error", error))
                + "<form method=\"post\" action=\"/login\" class=\"stack\">"
                + field("email", "Email", "email", email, "username")
                + field("password", "Password", "password", "", "current-password")
                + "<button type=\"submit\">Log in</button></form>"
                + "<p>No account yet? <a href=\"/signup\">Sign up</a>.</p>";
    }

    public static String signup(String error, String email) {
        return "<h1>Sign up</h1>" + (error == null ? "" : Html.alert("error", error))
                + "<p>One journey per account; only you can see it.</p>"
                + "<form method=\"post\" action=\"/signup\" class=\"stack\">"
                + field("email", "Email", "email", email, "username")
                + field("password", "Password (at least 10 characters)", "password", "", "new-password")
                + "<button type=\"submit\">Sign up</button></form>"
                + "<p>Already have one? <a href=\"/login\">Log in</a>.</p>";
    }

    public static String account(String csrf, String email, String error) {
        return "<h1>Your account</h1>" + (error == null ? "" : Html.alert("error", error))
                + "<p>Logged in as <strong>" + esc(email) + "</strong>.</p>"
                + "<p><a href=\"/api/export\" download>Download your whole journal</a> (JSON; "
                + "<code>rekindle import FILE</code> reads it on your own machine).</p>"
                + "<form method=\"post\" action=\"/logout\">" + Html.csrfField(csrf)
                + "<button type=\"submit\">Log out</button></form>"
                + "<h2>Erase the account</h2><p>Removes the account, the journey, every event and every journal entry. "
                + "It cannot be undone.</p>"
                + "<form method=\"post\" action=\"/account/delete\" class=\"stack\">" + Html.csrfField(csrf)
                + field("delete-password", "Your password, to confirm", "password", "", "current-password")
                        .replace("name=\"delete-password\"", "name=\"password\"")
                + "<button type=\"submit\" class=\"danger\">Erase everything</button></form>";
    }

    private static String field(String id, String label, String type, String value, String autocomplete) {
        return "<label for=\"" + id + "\">" + esc(label) + "</label><input id=\"" + id + "\" name=\"" + id + "\" type=\""
                + type + "\" required autocomplete=\"" + autocomplete + "\" value=\"" + esc(value) + "\">";
    }
}
