package org.rekindle.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The Smile trees the build writes read back as the very trees the YAML gives, file by file. */
class YamlTreesTest {

    @Test
    void everyFileReadsTheSameFromTheTreesAsFromItsYaml() throws IOException {
        for (String f : YamlResources.files()) {
            byte[] yaml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(f)) {
                yaml = in.readAllBytes();
            }
            assertThat(YamlResources.read(f)).as(f).isEqualTo(YamlResources.parseYaml(f, yaml));
        }
    }

    @Test
    void theBuildWroteTheTrees() {
        assertThat(getClass().getClassLoader().getResource(YamlResources.TREES))
                .as("core's build writes " + YamlResources.TREES + " at process-test-classes").isNotNull();
    }
}
