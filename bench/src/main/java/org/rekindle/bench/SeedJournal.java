package org.rekindle.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.Journey;
import org.rekindle.playbook.PlaybookLoader;
import org.rekindle.status.Coach;
import org.rekindle.store.JourneyRecord;
import org.rekindle.store.Database;
import org.rekindle.store.JournalStore;

/**
 * Fills a data folder for start-up measurements: appends the seeded events of {@link Journals}
 * through the store's own {@code append}, so the rows are exactly what {@code rekindle log} writes
 * (about 3 ms an event: each append is its own transaction). The journey is the one already in the
 * folder (made with {@code rekindle init --ex Sam --breakup 2024-01-01}), or is created. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.rekindle.bench.SeedJournal DIR [EVENTS]}.
 */
public final class SeedJournal {

    private SeedJournal() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SeedJournal DIR [EVENTS]   (default 10000 events)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Coach coach = new Coach(PlaybookLoader.bundled());
        long started = System.nanoTime();
        try (Database db = Database.sqlite(dir, Database.Mode.CREATE, Clock.systemUTC())) {
            JournalStore store = db.journal();
            JourneyRecord record = store.journey().orElseGet(() -> store.createJourney(
                    "Sam", Journals.BREAKUP, Journals.ENDED_BY, false, null));
            if (!record.breakup().equals(Journals.BREAKUP) || !store.events().isEmpty()) {
                System.err.println("SeedJournal: " + dir + " holds another journey (breakup " + record.breakup()
                        + ") or events already: use an empty folder or one made with 'rekindle init --breakup "
                        + Journals.BREAKUP + "'");
                System.exit(1);
            }
            Journey journey = coach.journey(record.ex(), record.breakup(), record.endedBy(), record.hurtful(),
                    record.coolingDays());
            List<JournalEvent> events = Journals.journal(size, journey.waits());
            for (JournalEvent e : events) {
                store.append(e);
            }
            System.err.printf("seeded %d events in %s in %d s; ask about %s%n", events.size(),
                    dir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000_000, Journals.AS_OF);
        }
    }
}
