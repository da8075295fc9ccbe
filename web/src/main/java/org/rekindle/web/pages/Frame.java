package org.rekindle.web.pages;

import java.util.List;

/**
 * What every page shares: its title, the navigation entry to mark, and the CSRF token the page's
 * scripts and forms carry.
 */
public record Frame(String title, String current, String csrf) {

    /** A navigation entry: its path and its label. */
    public record Link(String path, String label) {
    }

    public static final List<Link> NAV = List.of(new Link("/", "Dashboard"), new Link("/plan", "Plan"), new Link("/log", "Log"),
            new Link("/draft", "Draft"), new Link("/journal", "Journal"), new Link("/timeline", "Timeline"),
            new Link("/settings", "Settings")); // without a journey yet, Settings is the setup page

    public List<Link> nav() {
        return NAV;
    }
}
