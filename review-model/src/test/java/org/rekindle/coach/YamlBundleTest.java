package org.rekindle.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The build writes the coach's YAML as pre-parsed trees ({@link YamlResources}, run by this
 * module's pom at process-classes); without it the reviewer still works but starts ~300 ms slower.
 */
class YamlBundleTest {

    @Test
    void theBuildBundledEveryCoachFileAsItIsNow() {
        for (String f : YamlResources.files()) {
            assertThat(YamlResources.bundled(f)).as(f + " in " + YamlResources.BUNDLE).isTrue();
        }
    }
}
