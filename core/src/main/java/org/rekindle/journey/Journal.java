package org.rekindle.journey;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The journal as logged, oldest version first, as the fold reads it: facts, never free text. */
public record Journal(List<Logged> entries) {

    public Journal {
        entries = List.copyOf(entries);
    }

    /**
     * Events numbered 1, 2, … in the order given, each taken as logged at the start of its own day
     * (UTC): enough for callers that keep no versions, such as tests and projections.
     */
    public static Journal of(List<? extends JournalEvent> events) {
        List<Logged> out = new ArrayList<>(events.size());
        long v = 1;
        for (JournalEvent e : events) {
            out.add(Logged.of(v++, e, dayStart(e.at())));
        }
        return new Journal(out);
    }

    /** This journal and one more event after it, taken as logged on its own day. */
    public Journal plus(JournalEvent e) {
        return plus(EventSchema.fact(e));
    }

    /** This journal and one more fact after it, taken as logged on its own day. */
    public Journal plus(Fact f) {
        return plus(new Logged(lastVersion() + 1, f, dayStart(f.at())));
    }

    /** This journal and one more entry, as it was logged. */
    public Journal plus(Logged l) {
        List<Logged> out = new ArrayList<>(entries);
        out.add(l);
        return new Journal(out);
    }

    public long lastVersion() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).version();
    }

    public Optional<Logged> version(long v) {
        for (Logged l : entries) {
            if (l.version() == v) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public List<Fact> facts() {
        return entries.stream().map(Logged::fact).toList();
    }

    private static java.time.Instant dayStart(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
