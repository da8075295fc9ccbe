package org.rekindle.coach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads the coach's YAML data (rules, verdict policy, suggested lines) as Jackson trees.
 *
 * <p>Parsing YAML costs about 300 ms of a cold JVM (Jackson's {@code ObjectMapper} and
 * SnakeYAML starting up, for 60 KB of text), most of the draft reviewer's start-up. So the
 * build also writes the same trees in a small binary form, {@value #BUNDLE}: {@link #bundle}
 * parses every file with the YAML reader below and records each file's CRC-32 beside its tree
 * (review-model's {@code BundleCoachYaml} writes it at {@code process-classes}). A file whose bytes still have
 * the recorded CRC is read from the bundle; a file edited since, or one the bundle does not
 * have, is parsed as YAML. The YAML stays the only source: the bundle can be stale or missing
 * and nothing changes but the time it takes. {@code YamlResourcesTest} checks the two readings
 * give equal trees.
 */
public final class YamlResources {

    public static final String BUNDLE = "org/rekindle/coach/yaml-trees.bin";
    private static final int MAGIC = 0x524B5954; // "RKYT"
    private static final int VERSION = 1;

    private record Entry(long crc, byte[] tree) {
    }

    private static volatile Map<String, Entry> bundle;

    private YamlResources() {
    }

    /** Every data file the coach reads, in load order. */
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
        byte[] bytes;
        try (InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleFileException(resource, null, "file not found on the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new RuleFileException(resource, null, "cannot read: " + e.getMessage(), e);
        }
        Entry e = entries().get(resource);
        if (e != null && e.crc == crc(bytes)) {
            try {
                return decode(new DataInputStream(new ByteArrayInputStream(e.tree)));
            } catch (IOException | RuntimeException ignored) {
                // a damaged bundle is only slower: fall through to the YAML
            }
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

    /** Whether the bundle on the classpath has this file's current tree (for tests). */
    static boolean bundled(String resource) {
        try (InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(resource)) {
            Entry e = entries().get(resource);
            return in != null && e != null && e.crc == crc(in.readAllBytes());
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> b = bundle;
        if (b == null) {
            b = readBundle();
            bundle = b;
        }
        return b;
    }

    private static Map<String, Entry> readBundle() {
        Map<String, Entry> out = new HashMap<>();
        try (InputStream raw = YamlResources.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (raw == null) {
                return out;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw.readAllBytes()));
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return out;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                long crc = in.readLong();
                byte[] tree = new byte[in.readInt()];
                in.readFully(tree);
                out.put(name, new Entry(crc, tree));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // unreadable: every file comes from its YAML
        }
    }

    /**
     * The bundle of every coach file, as the build writes it to {@value #BUNDLE} on the classpath
     * (review-model's {@code BundleCoachYaml}: the core itself writes no files).
     */
    public static byte[] bundle() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(buf);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        List<String> files = files();
        data.writeInt(files.size());
        for (String f : files) {
            byte[] yaml;
            try (InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(f)) {
                if (in == null) {
                    throw new IOException(f + " not found on the classpath");
                }
                yaml = in.readAllBytes();
            }
            ByteArrayOutputStream tree = new ByteArrayOutputStream();
            encode(parseYaml(f, yaml), new DataOutputStream(tree));
            data.writeUTF(f);
            data.writeLong(crc(yaml));
            data.writeInt(tree.size());
            tree.writeTo(data);
        }
        data.flush();
        return buf.toByteArray();
    }

    static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue() ^ ((long) bytes.length << 32);
    }

    // The tree, depth first: a tag byte, then the value. Only the node kinds YAML gives.
    static void encode(JsonNode n, DataOutputStream out) throws IOException {
        if (n.isObject()) {
            out.writeByte('O');
            out.writeInt(n.size());
            for (var it = n.fields(); it.hasNext();) {
                var e = it.next();
                string(e.getKey(), out);
                encode(e.getValue(), out);
            }
        } else if (n.isArray()) {
            out.writeByte('A');
            out.writeInt(n.size());
            for (JsonNode c : n) {
                encode(c, out);
            }
        } else if (n.isTextual()) {
            out.writeByte('S');
            string(n.textValue(), out);
        } else if (n.isBoolean()) {
            out.writeByte(n.booleanValue() ? 'T' : 'F');
        } else if (n.isInt()) {
            out.writeByte('I');
            out.writeInt(n.intValue());
        } else if (n.isLong()) {
            out.writeByte('L');
            out.writeLong(n.longValue());
        } else if (n.isDouble()) {
            out.writeByte('D');
            out.writeDouble(n.doubleValue());
        } else if (n.isNull()) {
            out.writeByte('N');
        } else {
            throw new IOException("cannot bundle a YAML value of kind " + n.getNodeType() + ": " + n);
        }
    }

    static JsonNode decode(DataInputStream in) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int tag = in.readByte();
        switch (tag) {
            case 'O' -> {
                ObjectNode o = f.objectNode();
                for (int i = in.readInt(); i > 0; i--) {
                    String key = string(in);
                    o.set(key, decode(in));
                }
                return o;
            }
            case 'A' -> {
                ArrayNode a = f.arrayNode();
                for (int i = in.readInt(); i > 0; i--) {
                    a.add(decode(in));
                }
                return a;
            }
            case 'S' -> {
                return f.textNode(string(in));
            }
            case 'T' -> {
                return f.booleanNode(true);
            }
            case 'F' -> {
                return f.booleanNode(false);
            }
            case 'I' -> {
                return f.numberNode(in.readInt());
            }
            case 'L' -> {
                return f.numberNode(in.readLong());
            }
            case 'D' -> {
                return f.numberNode(in.readDouble());
            }
            case 'N' -> {
                return f.nullNode();
            }
            default -> throw new IOException("bad tag " + tag);
        }
    }

    private static void string(String s, DataOutputStream out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
