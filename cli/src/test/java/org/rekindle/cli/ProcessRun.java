package org.rekindle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real, packaged rekindle as its own process, as a user's shell would. */
final class ProcessRun {

    static final Path JAR = Path.of(System.getProperty("rekindle.jar", "target/rekindle.jar"));
    static final String JAVA = System.getProperty("rekindle.java", "java");
    /** The repository root, where the ./rekindle launcher lives. */
    static final Path ROOT = JAR.toAbsolutePath().getParent().getParent().getParent();

    private ProcessRun() {
    }

    static CliRun.Result jar(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    static Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return pb.start();
    }

    static CliRun.Result run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            return finish(p);
        } catch (IOException e) {
            throw new AssertionError("could not start " + command, e);
        }
    }

    static CliRun.Result finish(Process p) throws IOException {
        try {
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("rekindle did not finish");
            }
            return new CliRun.Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
