package org.rekindle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two databases get the same migrations, and the SQLite folder check knows the newest: a migration added to
 * one database only, or without raising {@link SqliteDataFolder#SCHEMA_VERSION}, would make a journal this
 * build just wrote look out of date (or newer than the build) the next time it is opened.
 */
class MigrationsTest {

    private static List<Integer> versions(String database) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", database))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .sorted().toList();
        }
    }

    @Test
    void bothDatabasesHaveTheSameMigrationsAndTheFolderCheckKnowsTheNewest() throws IOException {
        List<Integer> sqlite = versions("sqlite");
        assertThat(sqlite).isNotEmpty().isEqualTo(versions("postgresql"));
        assertThat(sqlite.getLast()).isEqualTo(SqliteDataFolder.SCHEMA_VERSION);
    }
}
