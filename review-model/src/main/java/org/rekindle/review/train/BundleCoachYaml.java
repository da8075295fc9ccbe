package org.rekindle.review.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rekindle.coach.YamlResources;

/**
 * Build step (this module's pom, {@code process-classes}): writes the core's rules, policy and
 * suggested lines as pre-parsed trees into the classes directory given as the argument, so the
 * draft reviewer starts without parsing YAML (see {@link YamlResources}).
 */
public final class BundleCoachYaml {
    private BundleCoachYaml() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(YamlResources.BUNDLE);
        Files.createDirectories(out.getParent());
        Files.write(out, YamlResources.bundle());
    }
}
