package org.rekindle.coach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the coach's YAML data (rules, verdict policy, suggested lines) as Jackson trees, straight
 * from the files: the YAML is the only form there is. (A home-made binary copy of the trees used to
 * save the parse at start-up; the launcher's AOT cache, trained on a {@code check} too, does that
 * job now: docs/performance.md has the figures.)
 */
final class YamlResources {

    private YamlResources() {
    }

    /** The tree of a classpath YAML file. @throws RuleFileException if it is missing or not YAML */
    static JsonNode read(String resource) {
        byte[] bytes;
        try (InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleFileException(resource, null, "file not found on the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new RuleFileException(resource, null, "cannot read: " + e.getMessage(), e);
        }
        return parseYaml(resource, bytes);
    }

    static JsonNode parseYaml(String resource, byte[] yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new RuleFileException(resource, null, "not valid YAML: " + e.getMessage(), e);
        }
    }
}
