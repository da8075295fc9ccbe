package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar on a real small filesystem: a 400 KB tmpfs, mounted in a private mount namespace
 * ({@code unshare -rm}: no root needed where user namespaces are allowed), filled up, then made
 * read-only. What a user sees must name the fault (disk full; read-only) and the journal must be intact.
 */
class DiskFaultsIT {

    @TempDir
    Path tmp;

    private String inTmpfs(String script) throws IOException {
        Path mnt = Files.createDirectory(tmp.resolve("mnt"));
        Path sh = tmp.resolve("run.sh");
        Files.writeString(sh, """
                set -u
                mount -t tmpfs -o size=400k tmpfs "$MNT" || { echo "CANNOT-MOUNT"; exit 0; }
                R() { "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" --data-dir "$MNT/d" --as-of 2026-11-26 "$@"; }
                # in the background: exec, so that $! is the server itself and kill stops it
                RS() { exec "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" --data-dir "$MNT/d" --as-of 2026-11-26 "$@"; }
                step() { echo "== $1"; }
                """ + script);
        CliRun.Result r = ProcessRun.run(List.of("unshare", "-rm", "sh", sh.toString()), Map.of("MNT", mnt.toString(),
                "JAVA", ProcessRun.JAVA, "JAR", ProcessRun.JAR.toAbsolutePath().toString()));
        String all = r.out() + "\n--stderr--\n" + r.err();
        assertThat(all).as("a tmpfs could be mounted in a private namespace (unshare -rm)").doesNotContain("CANNOT-MOUNT");
        return all;
    }

    private static String section(String all, String step) {
        int a = all.indexOf("== " + step);
        int b = all.indexOf("\n== ", a + 1);
        return all.substring(a, b < 0 ? all.length() : b);
    }

    @Test
    void aFullDiskIsToldAsDiskFullTheJournalStaysIntactAndReadable() throws IOException {
        String all = inTmpfs("""
                R init --ex Sam --breakup 2026-09-01 >/dev/null; echo "rc=$?"
                R log reply --at 2026-10-01 >/dev/null 2>&1; echo "rc=$?"
                dd if=/dev/zero of="$MNT/fill" bs=4k 2>/dev/null
                step log-full; R log text-sent --at 2026-10-02 --text "hello there" 2>&1; echo "rc=$?"
                step journal-full; R journal "$(head -c 4000 /dev/zero | tr '\\0' b)" 2>&1; echo "rc=$?"
                step history-full; R history 2>&1; echo "rc=$?"
                step export-full; R export 2>&1 | head -c 40; echo; echo "rc=$?"
                rm "$MNT/fill"
                step doctor; R doctor 2>&1; echo "rc=$?"
                step log-after; R log text-sent --at 2026-10-02 --text "hello there" >/dev/null 2>&1; echo "rc=$?"
                step history-after; R history --json 2>&1; echo "rc=$?"
                """);
        assertThat(section(all, "log-full")).contains("disk full", "rc=1").doesNotContain("rollback");
        assertThat(section(all, "journal-full")).contains("disk full", "rc=1");
        assertThat(section(all, "history-full")).contains("reply", "rc=0");
        assertThat(section(all, "export-full")).contains("\"format\"");
        assertThat(section(all, "doctor")).contains("integrity:   ok", "rc=0");
        assertThat(section(all, "log-after")).contains("rc=0");
        assertThat(section(all, "history-after")).contains("\"reply\"", "hello there", "rc=0")
                .doesNotContain("bbbb");
    }

    @Test
    void aRunningServerTellsAFullDiskAs507AndKeepsTheJournal() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String all = inTmpfs("""
                R init --ex Sam --breakup 2026-09-01 >/dev/null; echo "rc=$?"
                REKINDLE_TOKEN=disk-full-test-token-0123 RS serve --port %1$d >/dev/null 2>&1 &
                SERVER=$!
                for i in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:%1$d/healthz" && break; sleep 0.2; done
                A='Authorization: Bearer disk-full-test-token-0123'
                curl -s -o /dev/null -H "$A" -H 'Content-Type: application/json' -d '{"kind":"reply","at":"2026-10-01"}' "http://127.0.0.1:%1$d/api/events"
                dd if=/dev/zero of="$MNT/fill" bs=4k 2>/dev/null
                step post-full
                for i in 1 2 3 4 5 6 7 8; do
                  curl -s -w ' status=%%{http_code}\n' -H "$A" -H 'Content-Type: application/json' -d "{\\"kind\\":\\"text-sent\\",\\"at\\":\\"2026-10-02\\",\\"text\\":\\"$(head -c 4000 /dev/zero | tr '\\0' x)\\"}" "http://127.0.0.1:%1$d/api/events" | tail -c 200
                done
                step get-full; curl -s -o /dev/null -w 'status=%%{http_code}' -H "$A" "http://127.0.0.1:%1$d/api/events"; echo
                kill $SERVER; wait $SERVER
                rm "$MNT/fill"
                step doctor; R doctor 2>&1; echo "rc=$?"
                """.formatted(port));
        assertThat(section(all, "post-full")).contains("status=507", "disk full").doesNotContain("status=500");
        assertThat(section(all, "get-full")).contains("status=200");
        assertThat(section(all, "doctor")).contains("integrity:   ok", "rc=0");
    }

    @Test
    void aReadOnlyFolderStillReadsAndExportsAndWritesSayReadOnly() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String all = inTmpfs("""
                R init --ex Sam --breakup 2026-09-01 >/dev/null; echo "rc=$?"
                R log text-sent --at 2026-10-01 --text "kept words" >/dev/null 2>&1
                mount -o remount,ro "$MNT"
                step status; R status 2>&1 | head -3; echo "rc=$?"
                step status-rc; R status >/dev/null 2>&1; echo "rc=$?"
                step history; R history 2>&1; echo "rc=$?"
                step export; R export >/dev/null 2>&1; echo "rc=$?"
                step log; R log reply --at 2026-10-02 2>&1; echo "rc=$?"
                REKINDLE_TOKEN=read-only-test-token-0123 RS serve --port %d >/dev/null 2>&1 &
                SERVER=$!
                for i in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:%d/healthz" && break; sleep 0.2; done
                step http-get; curl -s -w ' status=%%{http_code}' -H 'Authorization: Bearer read-only-test-token-0123' "http://127.0.0.1:%d/api/status" | tail -c 300; echo
                step http-post; curl -s -w ' status=%%{http_code}' -H 'Authorization: Bearer read-only-test-token-0123' -H 'Content-Type: application/json' -d '{"kind":"reply","at":"2026-10-02"}' "http://127.0.0.1:%d/api/events"; echo
                kill $SERVER; wait $SERVER
                step end
                """.formatted(port, port, port, port));
        assertThat(section(all, "status-rc")).contains("rc=0");
        assertThat(section(all, "history")).contains("kept words", "rc=0");
        assertThat(section(all, "export")).contains("rc=0");
        assertThat(section(all, "log")).contains("read-only", "rc=2");
        assertThat(section(all, "http-get")).contains("status=200");
        assertThat(section(all, "http-post")).contains("read-only", "status=503");
    }
}
