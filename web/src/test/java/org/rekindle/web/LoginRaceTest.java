package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rekindle.store.LoginThrottle;

/**
 * The log-in limits under a burst: 100 wrong passwords sent at once, split over two server
 * instances on one PostgreSQL. Every password that gets evaluated answers 401; the rest must be
 * refused with 429 before any hashing. At most the documented limit may be evaluated.
 */
class LoginRaceTest {

    static MultiServed one;
    static MultiServed two;

    @BeforeAll
    static void start() {
        String url = TestPostgres.shared();
        one = new MultiServed(url);
        two = new MultiServed(url);
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
    }

    @Test
    void aHundredParallelGuessesFromOneAddressEvaluateAtMostThePerAccountAndAddressLimit() throws Exception {
        MultiServed.User victim = one.signedUp();
        Map<Integer, Integer> statuses = burst(victim.email, i -> "203.0.113.77");
        assertThat(statuses.getOrDefault(401, 0)).as(statuses.toString())
                .isLessThanOrEqualTo(LoginThrottle.Limits.DEFAULT.perAccountAndAddress()).isPositive();
        assertThat(statuses.getOrDefault(401, 0) + statuses.getOrDefault(429, 0)).as(statuses.toString()).isEqualTo(100);
    }

    @Test
    void aHundredParallelGuessesFromAHundredAddressesEvaluateAtMostTheAccountLimitAndTheOwnerStillLogsIn() throws Exception {
        MultiServed.User victim = one.signedUp();
        assertThat(from(one, "198.51.100.9", victim.email, victim.password).status()).isEqualTo(200);
        Map<Integer, Integer> statuses = burst(victim.email, i -> "192.0.2." + (i + 1));
        assertThat(statuses.getOrDefault(401, 0)).as(statuses.toString())
                .isLessThanOrEqualTo(LoginThrottle.Limits.DEFAULT.perAccountFromNewAddresses()).isPositive();
        assertThat(from(two, "198.51.100.9", victim.email, victim.password).status())
                .as("the owner's own address is not locked out by strangers").isEqualTo(200);
    }

    @Test
    void erasingAnAccountWithWrongPasswordsIsCountedLikeALogIn() {
        MultiServed.User u = one.signedUp();
        int limit = LoginThrottle.Limits.DEFAULT.perAccountAndAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < limit + 3; i++) {
            statuses.add(u.delete("/api/account", Map.of("password", "guess number " + i)).status());
        }
        assertThat(statuses.subList(0, limit)).containsOnly(403);
        assertThat(statuses.subList(limit, statuses.size())).containsOnly(429);
        assertThat(u.get("/api/account").status()).as("the account is kept").isEqualTo(200);
    }

    private Map<Integer, Integer> burst(String email, java.util.function.IntFunction<String> address) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<Future<?>> all = new ArrayList<>();
            AtomicInteger n = new AtomicInteger();
            for (int i = 0; i < 100; i++) {
                int k = i;
                all.add(pool.submit(() -> {
                    go.await();
                    MultiServed server = k % 2 == 0 ? one : two;
                    int s = from(server, address.apply(k), email, "wrong guess " + n.incrementAndGet()).status();
                    statuses.merge(s, 1, Integer::sum);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }

    private static Served.Reply from(MultiServed server, String address, String email, String password) {
        return server.send(HttpRequest.newBuilder(URI.create(server.server.baseUrl() + "/api/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(MultiServed.body(Map.of("email", email, "password", password))));
    }
}
