package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rekindle serve} as a user starts it: one line with the link, answers on loopback, stops on a signal. */
class ServeIT {

    @TempDir
    Path dir;

    @Test
    void servePrintsOneLineAnswersAndStopsCleanly() throws Exception {
        Path stdout = dir.resolve("serve.out");
        Path stderr = dir.resolve("serve.err");
        ProcessBuilder pb = new ProcessBuilder(ProcessRun.JAVA, "--enable-native-access=ALL-UNNAMED", "-jar",
                ProcessRun.JAR.toString(), "--data-dir", dir.resolve("data").toString(), "serve", "--port", "0")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().put("REKINDLE_TOKEN", "from-the-environment-0123");
        Process p = pb.start();
        try {
            String line = null;
            for (int i = 0; i < 300 && line == null; i++) {
                java.util.List<String> lines = java.nio.file.Files.readAllLines(stdout);
                line = lines.isEmpty() ? null : lines.get(0);
                if (line == null) {
                    Thread.sleep(100);
                }
            }
            Matcher m = Pattern.compile("rekindle is running at http://127\\.0\\.0\\.1:(\\d+)/\\?token=from-the-environment-0123")
                    .matcher(line == null ? "" : line);
            assertThat(m.matches()).as(line).isTrue();
            String base = "http://127.0.0.1:" + m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/journey"))
                    .header("Authorization", "Bearer from-the-environment-0123").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ex\":\"Sam\",\"breakup\":\"2026-01-01\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(java.nio.file.Files.readAllLines(stdout)).hasSize(1); // exactly one line
            String err = java.nio.file.Files.readString(stderr);
            assertThat(err).doesNotContain("Exception");
        } finally {
            p.destroyForcibly();
        }
        assertThat(ProcessRun.jar(Map.of(), "--data-dir", dir.resolve("data").toString(), "status").out()).contains("Sam");
    }

    @Test
    void aBadTokenOrABusyPortIsBadInput() {
        CliRun.Result r = ProcessRun.jar(Map.of(), "--data-dir", dir.toString(), "serve", "--token", "short", "--port", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("rekindle: ").contains("16 to 200 characters");
    }

    @Test
    void theTokenComesFromAPrivateFileNeverFromTheCommandLine() throws Exception {
        java.nio.file.Path file = dir.resolve("my-token");
        java.nio.file.Files.writeString(file, "from-a-private-file-0123456789\n");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CliRun.Result open = ProcessRun.jar(Map.of(), "--data-dir", dir.resolve("d").toString(), "serve",
                "--token-file", file.toString(), "--port", "0");
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.err()).contains("can be read by other accounts", "chmod 600");

        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(firstLine("--data-dir", dir.resolve("d").toString(), "serve", "--token-file", file.toString(), "--port", "0"))
                .contains("?token=from-a-private-file-0123456789");
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("e"));
        java.nio.file.Path inFolder = folder.resolve("token");
        java.nio.file.Files.writeString(inFolder, "kept-in-the-data-folder-0123\n");
        java.nio.file.Files.setPosixFilePermissions(inFolder, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(firstLine("--data-dir", folder.toString(), "serve", "--port", "0")).contains("?token=kept-in-the-data-folder-0123");
    }

    /** Starts serve (without REKINDLE_TOKEN), returns the line it prints, stops it. */
    private String firstLine(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(ProcessRun.JAVA,
                "--enable-native-access=ALL-UNNAMED", "-jar", ProcessRun.JAR.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("REKINDLE_TOKEN");
        Process p = pb.start();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            return in.readLine();
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
