package org.rekindle.draft;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads draft review's YAML data (rules, verdict policy, suggested lines) as Jackson trees.
 *
 * <p>Starting SnakeYAML and parsing 60 KB of YAML is a third of a second of a cold JVM, most of
 * the draft reviewer's start-up. So the build also writes every file's tree in Jackson's binary
 * JSON, Smile ({@value #TREES}, by {@code WriteYamlTrees} at {@code process-test-classes}), each
 * with the CRC-32 of the YAML it came from. A file whose bytes still have that CRC is read from
 * there with Jackson's streaming parser; one edited since, or missing there, is parsed as YAML.
 * The YAML stays the only source: the trees can be stale or missing and nothing changes but the
 * time it takes. {@code YamlTreesTest} holds the two readings equal.
 */
final class YamlResources {

    static final String TREES = "org/rekindle/draft/yaml-trees.smile";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One file's tree and the CRC-32 of the YAML bytes it was read from. */
    record Entry(long crc, JsonNode tree) {
    }

    private static volatile Map<String, Entry> trees;

    private YamlResources() {
    }

    /** Every data file draft review reads, in load order. */
    static List<String> files() {
        List<String> files = new ArrayList<>();
        for (Label l : Label.values()) {
            files.add(RuleBook.DIR + l.name() + ".yaml");
        }
        files.add(RuleBook.DIR + "SAFETY.yaml");
        files.add(DraftPolicy.POLICY);
        files.add(DraftPolicy.LINES);
        return files;
    }

    /** The tree of a classpath YAML file. @throws RuleFileException if it is missing or not YAML */
    static JsonNode read(String resource) {
        byte[] bytes = bytes(resource);
        if (bytes == null) {
            throw new RuleFileException(resource, null, "file not found on the classpath");
        }
        Entry e = trees().get(resource);
        if (e != null && e.crc() == crc(bytes)) {
            return e.tree().deepCopy();
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

    static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new RuleFileException(resource, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Map<String, Entry> trees() {
        Map<String, Entry> t = trees;
        if (t == null) {
            t = readTrees();
            trees = t;
        }
        return t;
    }

    /** {@code {"file": {"crc": N, "tree": {...}}, ...}} in Smile; an unreadable one only costs time. */
    private static Map<String, Entry> readTrees() {
        byte[] smile = bytes(TREES);
        if (smile == null) {
            return Map.of();
        }
        Map<String, Entry> out = new HashMap<>();
        try (JsonParser p = new SmileFactory().createParser(smile)) {
            JsonNode all = node(p, p.nextToken());
            all.properties().forEach(f -> out.put(f.getKey(), new Entry(f.getValue().path("crc").asLong(), f.getValue().path("tree"))));
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged: read the YAML instead
        }
        return out;
    }

    /** The tree the parser is at, built without an ObjectMapper (whose start-up is what this saves). */
    private static JsonNode node(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, node(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
                    a.add(node(p, next));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected " + t);
        }
    }
}
