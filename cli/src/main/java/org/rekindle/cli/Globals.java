package org.rekindle.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** The options every command shares, whoever parsed them (picocli, or the quick path in {@link Main}). */
interface Globals {
    /** The data folder, after the defaults ($REKINDLE_HOME, $XDG_DATA_HOME/rekindle, ~/.local/share/rekindle). */
    Path dataDir();

    /** Today in the user's zone, or the day given with --as-of. */
    LocalDate today();

    boolean json();

    Clock clock();

    /** The data folder's database, opened for one command; the command closes it. */
    default org.rekindle.store.Database open(org.rekindle.store.Database.Mode mode) {
        return org.rekindle.store.Database.sqlite(dataDir(), mode, clock());
    }

    static Path defaultDataDir() {
        String home = System.getenv("REKINDLE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "rekindle");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "rekindle");
    }
}
