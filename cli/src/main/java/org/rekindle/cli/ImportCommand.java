package org.rekindle.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rekindle.app.transfer.ImportJournal;
import org.rekindle.app.transfer.JournalFile;
import org.rekindle.store.Database;
import org.rekindle.store.JourneyExists;

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
                throw new CliInput(file + " is larger than " + JournalFile.MAX_BYTES / (1024 * 1024) + " MB: that is no rekindle export");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliInput("no file " + file + ": give the path of a file 'rekindle export' wrote");
        } catch (IOException e) {
            throw new CliInput("cannot read " + file + " (" + e.getMessage() + ")");
        }
        ImportJournal importer = new ImportJournal();
        JournalFile.Contents contents = importer.read(bytes, file.toString(), root.today()); // all checks before anything is opened
        try (Database db = root.open(Database.Mode.CREATE)) {
            importer.restore(db.journal(), contents);
        } catch (JourneyExists e) {
            throw new CliInput("a journey already exists in " + root.dataDir().toAbsolutePath().normalize()
                    + ": import only into an empty data folder (pick another --data-dir)");
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
