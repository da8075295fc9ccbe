package org.rekindle.web.pages;

import java.util.List;

/**
 * What every page shares: its title, the navigation entry to mark, the CSRF token the page's
 * scripts and forms carry, and whether the journal lives on a shared server (an account's) rather than
 * on this machine (a data folder's), which the footer says.
 */
public record Frame(String title, String current, String csrf, boolean shared) {

    /** A page of one person's server. */
    public Frame(String title, String current, String csrf) {
        this(title, current, csrf, false);
    }

    /** Where the footer says the journal is kept. */
    public String keptWhere() {
        return shared ? "Your journal is kept in your account on this server." : "Your journal stays on this machine.";
    }

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
