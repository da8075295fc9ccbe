package org.rekindle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import org.rekindle.app.transfer.ExportJournal;
import org.rekindle.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole journal as JSON: the journey's settings, every event and every private",
                "journal entry. 'rekindle import FILE' reads it back (into an empty data folder, or an account)."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (readable by you only) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        byte[] file;
        try (Database db = root.open(Database.Mode.EXISTING)) {
            file = new ExportJournal().export(db.journal());
        }
        if (out == null) {
            var writer = spec.commandLine().getOut();
            writer.print(new String(file, StandardCharsets.UTF_8));
            writer.flush();
            return 0;
        }
        writeAtomically(out, file);
        spec.commandLine().getErr().println("rekindle: journal exported to " + out.toAbsolutePath().normalize());
        return 0;
    }

    /** The journal is intimate: the file is created private (0600), complete, or not at all. */
    static void writeAtomically(Path target, byte[] bytes) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw new CliInput("--out " + target + " is a folder: give a file name");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliInput("--out " + target + ": the folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            try {
                tmp = Files.createTempFile(dir, ".rekindle-export", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                tmp = Files.createTempFile(dir, ".rekindle-export", ".tmp");
            }
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CliInput("cannot write " + target + " (" + e.getMessage() + "): pick another --out");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
