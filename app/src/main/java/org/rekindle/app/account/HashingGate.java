package org.rekindle.app.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most a few Argon2id hashes at once, however many log-ins and sign-ups arrive: each hash holds
 * 19 MiB and a core for ~30 ms, so an unbounded burst would spend the heap and the cores every other
 * request needs. A request that cannot get a turn within {@link #WAIT_SECONDS} is told the server is
 * busy (503) instead of queueing for ever.
 */
final class HashingGate {

    /** One hash per core, at least one: the memory bound is this times 19 MiB. */
    static final int PERMITS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    static final int WAIT_SECONDS = 5;
    private static final Semaphore TURNS = new Semaphore(PERMITS, true);

    private HashingGate() {
    }

    static <T> T run(Supplier<T> hash) {
        boolean got;
        try {
            got = TURNS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new AccountRefused(AccountRefused.Why.BUSY);
        }
        try {
            return hash.get();
        } finally {
            TURNS.release();
        }
    }
}
