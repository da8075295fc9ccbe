package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged journal file is told as damaged, with the way back (an export), by every command and by
 * {@code rekindle doctor}: never an "unexpected error", never an append to a broken file.
 */
class DamagedJournalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    private CliRun journal() {
        CliRun cli = new CliRun(tmp.resolve("data"), TODAY);
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01").code()).isZero();
        for (int i = 0; i < 60; i++) {
            assertThat(cli.run("journal", "entry " + i + " " + "words ".repeat(120), "--at", "2026-10-01").code()).isZero();
        }
        assertThat(cli.run("doctor").code()).isZero();
        return cli;
    }

    private void assertToldDamaged(CliRun cli) {
        for (String[] args : new String[][] {{"status"}, {"history"}, {"log", "reply", "--at", "2026-10-02"}}) {
            CliRun.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args)).contains("damaged", "restore from an export")
                    .doesNotContain("unexpected");
        }
        CliRun.Result doctor = cli.run("doctor");
        assertThat(doctor.code()).isEqualTo(1);
        assertThat(doctor.out()).contains("DAMAGED", "restore from an export");
    }

    @Test
    void aTruncatedFileIsToldAsDamaged() throws IOException {
        CliRun cli = journal();
        Path db = tmp.resolve("data/rekindle.db");
        long size = Files.size(db);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(size / 2);
        }
        assertToldDamaged(cli);
    }

    @Test
    void randomBytesInAPageAreNoticedBeforeAnythingIsAppended() throws IOException {
        CliRun cli = journal();
        Path db = tmp.resolve("data/rekindle.db");
        long pages = Files.size(db) / 4096;
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((pages - 3) * 4096);
            f.write(noise);
        }
        long before = Files.size(db);
        assertToldDamaged(cli);
        assertThat(Files.size(db)).as("nothing appended").isEqualTo(before);
    }
}
