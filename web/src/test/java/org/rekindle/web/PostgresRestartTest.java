package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarting under load: while it is down every request gets a clear 503 problem+json
 * (never a 500, never a hang), and once it is back the server serves again by itself.
 */
class PostgresRestartTest {

    @Test
    void aRestartGivesClear503sAndServiceResumesByItself() throws Exception {
        try (TestPostgres pg = TestPostgres.own(); MultiServed web = new MultiServed(pg.url())) {
            MultiServed.User u = web.signedUp();
            assertThat(u.post("/api/journey", Map.of("ex", "Sam", "breakup", "2026-09-01")).status()).isEqualTo(201);

            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger unclear = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int worker = t;
                load.submit(() -> {
                    for (int i = 0; running.get() && i < 20_000; i++) {
                        Served.Reply r = worker % 2 == 0 ? u.get("/api/status")
                                : u.post("/api/events", Map.of("kind", "reply", "at", "2026-10-11"));
                        statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.status() >= 500 && (r.status() != 503 || !r.type().startsWith("application/problem+json")
                                || r.headers().firstValue("Retry-After").isEmpty())) {
                            unclear.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1_000);
            pg.stop();
            Served.Reply down = u.get("/api/status");
            Thread.sleep(2_000);
            pg.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            Served.Reply back;
            do {
                Thread.sleep(200);
                back = u.get("/api/status");
            } while (back.status() != 200 && System.nanoTime() < deadline);
            Thread.sleep(500);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(down.status()).as(down.body()).isEqualTo(503);
            assertThat(down.type()).startsWith("application/problem+json");
            assertThat(down.detail()).contains("unavailable");
            assertThat(back.status()).as("served again after the restart: " + back.body()).isEqualTo(200);
            assertThat(unclear.get()).as("answers >= 500 other than 503 problem+json: " + statuses).isZero();
            assertThat(statuses).containsKeys(200, 201, 503);
            assertThat(u.post("/api/events", Map.of("kind", "reply", "at", "2026-10-12")).status()).isEqualTo(201);
        }
    }
}
