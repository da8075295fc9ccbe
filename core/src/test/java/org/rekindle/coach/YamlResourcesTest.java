package org.rekindle.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The pre-parsed trees of the YAML bundle read back exactly as the YAML parses. */
class YamlResourcesTest {

    @Test
    void everyCoachFileSurvivesTheBinaryFormUnchanged() throws IOException {
        for (String f : YamlResources.files()) {
            byte[] yaml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(f)) {
                assertThat(in).as(f).isNotNull();
                yaml = in.readAllBytes();
            }
            JsonNode parsed = YamlResources.parseYaml(f, yaml);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            YamlResources.encode(parsed, new DataOutputStream(buf));
            JsonNode decoded = YamlResources.decode(new DataInputStream(new ByteArrayInputStream(buf.toByteArray())));
            assertThat(decoded).as(f).isEqualTo(parsed);
            assertThat(YamlResources.read(f)).as(f).isEqualTo(parsed);
        }
    }
}
