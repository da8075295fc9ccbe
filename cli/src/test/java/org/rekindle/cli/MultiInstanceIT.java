package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code rekindle serve --db} processes on different ports, one PostgreSQL: appends to one
 * journey from both at once lose nothing and never share a version; an instance killed with SIGKILL
 * mid-stream loses no answered append, and the other one keeps serving.
 */
class MultiInstanceIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    TestPostgres pg;
    final List<Process> processes = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String cookie;
    String csrf;

    @BeforeEach
    void database() {
        pg = new TestPostgres();
    }

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroyForcibly);
        pg.close();
    }

    /** Starts an instance; returns its base URL once it prints the line saying where it listens. */
    String instance(String name) throws Exception {
        Path out = dir.resolve(name + ".out");
        ProcessBuilder pb = new ProcessBuilder(ProcessRun.JAVA, "--enable-native-access=ALL-UNNAMED", "-jar",
                ProcessRun.JAR.toString(), "--as-of", "2026-11-26", "serve", "--db", pg.url(), "--port", "0")
                .redirectOutput(out.toFile()).redirectError(dir.resolve(name + ".err").toFile());
        Process p = pb.start();
        processes.add(p);
        Pattern running = Pattern.compile("rekindle is running at (http://127\\.0\\.0\\.1:\\d+)/ \\(multi-user.*");
        for (int i = 0; i < 600; i++) {
            List<String> lines = Files.readAllLines(out);
            if (!lines.isEmpty()) {
                Matcher m = running.matcher(lines.get(0));
                assertThat(m.matches()).as(lines.get(0)).isTrue();
                assertThat(lines.get(0)).doesNotContain("password=postgres");
                return m.group(1);
            }
            assertThat(p.isAlive()).as(Files.readString(dir.resolve(name + ".err"))).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not start: " + Files.readString(dir.resolve(name + ".err")));
    }

    HttpResponse<String> post(String base, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs up on {@code base} and starts a journey; the session then works on every instance. */
    void signUpWithJourney(String base) throws Exception {
        HttpResponse<String> r = post(base, "/api/signup", "{\"email\":\"sam@example.org\",\"password\":\"correct horse battery\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        csrf = JSON.readTree(r.body()).path("csrf").asText();
        assertThat(post(base, "/api/journey", "{\"ex\":\"Sam\",\"breakup\":\"2026-09-01\"}").statusCode()).isEqualTo(201);
    }

    /** The versions stored for the one journey, from PostgreSQL itself. */
    List<Long> storedVersions() throws SQLException {
        List<Long> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbc()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM event ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getLong(1));
            }
        }
        return versions;
    }

    static long version(HttpResponse<String> r) throws IOException {
        JsonNode logged = JSON.readTree(r.body()).path("logged");
        return logged.path("version").asLong();
    }

    @Test
    void twoInstancesAppendingToOneJourneyAtOnceLoseNothingAndNeverShareAVersion() throws Exception {
        String a = instance("a");
        String b = instance("b");
        signUpWithJourney(a);
        assertThat(get(b, "/api/status").statusCode()).as("the session made on a works on b").isEqualTo(200);

        int perThread = 40;
        int threads = 4; // per instance
        ExecutorService pool = Executors.newFixedThreadPool(threads * 2);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (String base : List.of(a, b)) {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        HttpResponse<String> r = post(base, "/api/events", "{\"kind\":\"reply\",\"at\":\"2026-10-11\"}");
                        if (r.statusCode() == 201) {
                            answered.add(version(r));
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int total = perThread * threads * 2;
        assertThat(refused.get()).isZero();
        assertThat(answered).hasSize(total);
        assertThat(new TreeSet<>(answered)).hasSize(total).first().isEqualTo(1L);
        List<Long> stored = storedVersions();
        assertThat(stored).hasSize(total).doesNotHaveDuplicates().last().isEqualTo((long) total);
        assertThat(JSON.readTree(get(b, "/api/events").body())).hasSize(total);
    }

    @Test
    void killingOneInstanceMidStreamLosesNoAnsweredAppendAndTheOtherKeepsServing() throws Exception {
        String a = instance("a");
        String b = instance("b");
        signUpWithJourney(b);
        Process victim = processes.get(0);

        ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger answeredByBAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger failedOnB = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String base = t % 2 == 0 ? a : b;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    try {
                        HttpResponse<String> r = post(base, "/api/events", "{\"kind\":\"reply\",\"at\":\"2026-10-11\"}");
                        if (r.statusCode() / 100 == 2) {
                            answered.add(version(r));
                            if (base.equals(b) && killed.get()) {
                                answeredByBAfterKill.incrementAndGet();
                            }
                        } else if (base.equals(b)) {
                            failedOnB.incrementAndGet();
                        }
                    } catch (IOException e) {
                        if (base.equals(b)) {
                            failedOnB.incrementAndGet();
                        }
                        // a: the connection died with the process; nothing was answered
                    }
                }
                return null;
            }));
        }
        while (answered.size() < 60) {
            Thread.sleep(20);
        }
        victim.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
        killed.set(true);
        assertThat(victim.waitFor(20, TimeUnit.SECONDS)).isTrue();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Set<Long> stored = new TreeSet<>(storedVersions());
        assertThat(stored).as("every append answered 2xx is in the database").containsAll(answered);
        assertThat(storedVersions()).doesNotHaveDuplicates();
        assertThat(failedOnB.get()).as("b never failed").isZero();
        assertThat(answeredByBAfterKill.get()).as("b kept serving after a died").isPositive();
        assertThat(get(b, "/api/status").statusCode()).isEqualTo(200);
    }
}
