package org.rekindle.web.pages;

import java.util.List;

/**
 * Escaping and the frame every page shares: a skip link, the navigation, one {@code main}, and
 * only same-origin assets (the Content-Security-Policy allows nothing else, inline code included).
 */
public final class Html {
    private Html() {
    }

    /** A navigation entry: its path and its label. */
    public record Link(String path, String label) {
    }

    public static final List<Link> NAV = List.of(new Link("/", "Dashboard"), new Link("/log", "Log"),
            new Link("/draft", "Draft"), new Link("/journal", "Journal"), new Link("/timeline", "Timeline"),
            new Link("/setup", "Setup"));

    public static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole page: {@code current} is the path of the navigation entry to mark. */
    public static String page(String title, String current, String csrf, String main) {
        StringBuilder nav = new StringBuilder();
        for (Link l : NAV) {
            nav.append("<li><a href=\"").append(l.path()).append('"')
                    .append(l.path().equals(current) ? " aria-current=\"page\"" : "")
                    .append('>').append(esc(l.label())).append("</a></li>");
        }
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="csrf-token" content="%s">
                <title>%s · rekindle</title>
                %s
                <script src="/static/app.js" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to the content</a>
                <header class="top">
                <p class="brand"><a href="/">rekindle</a></p>
                <nav aria-label="Main"><ul>%s</ul></nav>
                </header>
                <main id="main" tabindex="-1">
                %s
                </main>
                <footer><p>rekindle is a coach, not therapy. Your journal stays on this machine.</p></footer>
                </body>
                </html>
                """.formatted(esc(csrf), esc(title), HEAD_LINKS, nav, main);
    }

    /** The shell's links: icons, the manifest that makes rekindle installable, the colours of the browser's frame. */
    private static final String HEAD_LINKS = """
            <meta name="theme-color" content="#a63d17" media="(prefers-color-scheme: light)">
            <meta name="theme-color" content="#1c1917" media="(prefers-color-scheme: dark)">
            <meta name="color-scheme" content="light dark">
            <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
            <link rel="apple-touch-icon" href="/static/apple-touch-icon.png">
            <link rel="manifest" href="/manifest.webmanifest">
            <link rel="stylesheet" href="/static/app.css">""";

    /** A page without navigation, for a visitor who cannot go anywhere else yet. */
    public static String bare(String title, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · rekindle</title>
                %s
                </head>
                <body>
                <header class="top"><p class="brand">rekindle</p></header>
                <main id="main">
                %s
                </main>
                </body>
                </html>
                """.formatted(esc(title), HEAD_LINKS, main);
    }

    /** A message that needs the reader's attention now (a refusal, a warning). */
    public static String alert(String cls, String text) {
        return "<div class=\"notice " + cls + "\" role=\"alert\"><p>" + esc(text) + "</p></div>";
    }

    public static String csrfField(String csrf) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(csrf) + "\">";
    }

    /** A stage name as a person reads it: {@code AWAITING_REPLY} → "awaiting reply". */
    public static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
