package org.rekindle.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rekindle.app.JournalFile;
import org.rekindle.app.UserError;
import org.rekindle.app.Workspace;
import org.rekindle.store.SqliteJournalStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a journal written by 'rekindle export' into an empty data folder.",
                "The whole file is checked first; if anything is wrong, nothing is stored."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Rekindle root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file 'rekindle export' wrote.")
    Path file;

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            if (Files.size(file) > JournalFile.MAX_BYTES) {
                throw new UserError(file + " is larger than " + JournalFile.MAX_BYTES / (1024 * 1024) + " MB: that is no rekindle export");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError("no file " + file + ": give the path of a file 'rekindle export' wrote");
        } catch (IOException e) {
            throw new UserError("cannot read " + file + " (" + e.getMessage() + ")");
        }
        JournalFile.Contents contents = JournalFile.read(bytes, file.toString(), root.today()); // all checks before anything is opened
        try (Workspace w = root.workspace(SqliteJournalStore.Mode.CREATE)) {
            if (w.store.journey().isPresent()) {
                throw new UserError("a journey already exists in " + root.dataDir().toAbsolutePath().normalize()
                        + ": import only into an empty data folder (pick another --data-dir)");
            }
            JournalFile.restore(w.store, contents);
        }
        var out = spec.commandLine().getOut();
        if (root.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("imported", contents.events().size());
            json.put("ex", contents.journey().ex());
            Json.print(out, json);
        } else {
            out.println("Imported the journey with " + contents.journey().ex() + ": " + contents.events().size()
                    + " events into " + root.dataDir().toAbsolutePath().normalize() + ".");
            out.flush();
        }
        return 0;
    }
}
