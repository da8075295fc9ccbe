package org.rekindle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.rekindle.journey.AppealResponse;
import org.rekindle.journey.EndedBy;
import org.rekindle.journey.FeelingsResponse;
import org.rekindle.journey.JournalEvent;
import org.rekindle.journey.JournalEvent.*;
import org.rekindle.journey.MeetingOutcome;

/**
 * What every journal store must do, whatever it is built on. Each store gets a subclass that
 * says how to open a fresh one and a second handle on the same data.
 */
abstract class JournalStoreContract {

    static final LocalDate BREAKUP = LocalDate.of(2026, 9, 1);

    /** A fresh, empty store. */
    abstract JournalStore fresh();

    /** Another, independent handle on the same data as the last {@link #fresh()} one (another process, in effect). */
    abstract JournalStore again();

    @Test
    void everyKindOfEventComesBackAsItWasLogged() {
        try (JournalStore store = fresh()) {
            store.createJourney("Sam", BREAKUP, EndedBy.ME, true, 45);
            LocalDate d = BREAKUP.plusDays(50);
            List<JournalEvent> all = List.of(new ContactMade(d), new TextSent(d, "I heard our song 🎶 — hope you're well"),
                    new TextSent(d, null), new ReplyReceived(d), new CallHeld(d, true), new CallHeld(d, false),
                    new MeetingHeld(d, MeetingOutcome.MIXED), new ReasonExplained(d),
                    new FeelingsShared(d, FeelingsResponse.NEEDS_TIME), new AppealMade(d, AppealResponse.ACCEPTED),
                    new NoContactRequested(d), new ApologyMade(d), new ForgivenessGiven(d),
                    new NewMemoryMade(d, "the market"), new MovedOn(d), new Reflection(d, "rough day", 2),
                    new Reflection(d, "quiet", null), new ExReachedOut(d, "asked how I am"),
                    new PracticalContact(d, "the keys"), new Retraction(d, 15, "mis-tap"),
                    new SettingsChanged(d, 10, EndedBy.THEM, false), new SettingsChanged(d, null, null, true));
            all.forEach(store::append);
            assertThat(store.events()).extracting(StoredEvent::event).containsExactlyElementsOf(all);
            // the slim read: no journal entries, no free text, but corrections whole, every entry with its version
            // (what the database picks out of each row is what the whole event says)
            assertThat(store.journal().facts()).containsExactlyElementsOf(all.stream()
                    .filter(e -> !(e instanceof Reflection))
                    .map(org.rekindle.journey.EventSchema::fact).toList());
            assertThat(store.journal().entries()).extracting(org.rekindle.journey.Logged::version)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 18L, 19L, 20L, 21L, 22L);
            assertThat(store.journal().entries()).extracting(org.rekindle.journey.Logged::recordedAt)
                    .containsExactlyElementsOf(store.events().stream().filter(e -> !(e.event() instanceof Reflection))
                            .map(StoredEvent::recordedAt).toList());
            assertThat(store.events()).extracting(StoredEvent::version).containsExactly(
                    1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L);
            JourneyRecord r = store.journey().orElseThrow();
            assertThat(r).extracting(JourneyRecord::ex, JourneyRecord::breakup, JourneyRecord::endedBy,
                    JourneyRecord::hurtful, JourneyRecord::coolingDays).containsExactly("Sam", BREAKUP, EndedBy.ME, true, 45);
        }
    }

    @Test
    void beforeAJourneyIsStartedEveryReadAndAppendSaysSo() {
        try (JournalStore store = fresh()) {
            assertThat(store.journey()).isEmpty();
            assertThatThrownBy(store::events).isInstanceOf(NoJourney.class);
            assertThatThrownBy(store::version).isInstanceOf(NoJourney.class);
            assertThatThrownBy(() -> store.append(new ReplyReceived(BREAKUP))).isInstanceOf(NoJourney.class);
        }
    }

    @Test
    void aSecondJourneyIsRefusedAndTheFirstIsKept() {
        try (JournalStore store = fresh()) {
            store.createJourney("Sam", BREAKUP, EndedBy.MUTUAL, false, null);
            assertThatThrownBy(() -> store.createJourney("Alex", BREAKUP, EndedBy.ME, false, null))
                    .isInstanceOf(JourneyExists.class);
            assertThat(store.journey()).get().extracting(JourneyRecord::ex).isEqualTo("Sam");
        }
    }

    @Test
    void anAppendAtAStaleVersionIsRefusedAndStoresNothing() {
        try (JournalStore store = fresh()) {
            store.createJourney("Sam", BREAKUP, EndedBy.MUTUAL, false, null);
            assertThat(store.version()).isZero();
            assertThat(store.append(0, new TextSent(BREAKUP.plusDays(40), "hi"))).isEqualTo(1);
            assertThat(store.version()).isEqualTo(1);
            assertThatThrownBy(() -> store.append(0, new ReplyReceived(BREAKUP.plusDays(41))))
                    .isInstanceOf(VersionConflict.class);
            assertThat(store.events()).hasSize(1);
            assertThat(store.append(1, new ReplyReceived(BREAKUP.plusDays(41)))).isEqualTo(2);
        }
    }

    @Test
    void concurrentAppendsFromSeparateHandlesAllLandAtDistinctVersions() throws Exception {
        try (JournalStore store = fresh()) {
            store.createJourney("Sam", BREAKUP, EndedBy.MUTUAL, false, null);
        }
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> versions = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                try (JournalStore mine = again()) {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        versions.add(mine.append(new Reflection(BREAKUP.plusDays(1), "w" + writer + "-" + i, null)));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        try (JournalStore store = again()) {
            List<StoredEvent> events = store.events();
            assertThat(events).hasSize(writers * each);
            Set<Long> distinct = new HashSet<>(versions);
            assertThat(distinct).hasSize(writers * each);
        }
    }
}
