package org.rekindle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;

import org.rekindle.store.JournalDamaged;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rekindle doctor}: is the journal sound? The whole-file {@code PRAGMA integrity_check} (every
 * open already runs the quicker {@code quick_check}), and who may read the data folder. Exit 0 when
 * all is well, 1 when the file is damaged (with the way back: an export).
 */
@Command(name = "doctor", description = "Check the journal file for damage and the data folder for privacy.")
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = root.dataDir().toAbsolutePath().normalize();
        Path db = dir.resolve("rekindle.db");
        List<String> problems;
        try (Database store = Database.sqlite(dir, Database.Mode.EXISTING, root.clock())) {
            out.println("data folder: " + dir + " (" + mode(dir) + ")");
            out.println("journal:     " + db + " (" + mode(db) + ")");
            problems = store.integrityProblems();
        } catch (JournalDamaged e) {
            problems = List.of(e.getMessage());
        }
        if (problems.isEmpty()) {
            out.println("integrity:   ok");
            out.flush();
            return 0;
        }
        out.println("integrity:   DAMAGED");
        problems.forEach(p -> out.println("  " + p));
        out.println("The journal file is damaged: restore from an export ('rekindle import FILE' into a new --data-dir).");
        out.flush();
        return Errors.FAILED;
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException | UnsupportedOperationException e) {
            return "permissions unknown";
        }
    }
}
