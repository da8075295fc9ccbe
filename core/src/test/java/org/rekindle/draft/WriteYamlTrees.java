package org.rekindle.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, not a test: writes {@link YamlResources#TREES}, every draft-review data file's tree in
 * Smile with the CRC-32 of its YAML, into the classes folder given (core's build runs it at
 * {@code process-test-classes}, before the jar is made). It lives with the tests because the core
 * itself writes no files.
 */
public final class WriteYamlTrees {

    private WriteYamlTrees() {
    }

    public static void main(String[] args) throws IOException {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        for (String f : YamlResources.files()) {
            byte[] yaml;
            try (InputStream in = WriteYamlTrees.class.getClassLoader().getResourceAsStream(f)) {
                yaml = in.readAllBytes();
            }
            ObjectNode e = all.putObject(f);
            e.put("crc", YamlResources.crc(yaml));
            e.set("tree", YamlResources.parseYaml(f, yaml));
        }
        Path out = Path.of(args[0]).resolve(YamlResources.TREES);
        Files.createDirectories(out.getParent());
        Files.write(out, new ObjectMapper(new SmileFactory()).writeValueAsBytes(all));
    }
}
