package org.rekindle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the README's picture, for the modules below the front ends: the core depends on
 * nothing of ours; the store and the labeller on the core only; the application layer on those
 * three and never on a front end; and no one below the front ends reads the clock: "today" arrives
 * as an argument.
 */
class LayersTest {

    private static final JavaClasses OURS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rekindle");

    private static final String[] CORE = {"org.rekindle.journey..", "org.rekindle.plan..", "org.rekindle.playbook..",
            "org.rekindle.status..", "org.rekindle.draft.."};

    @Test
    void theCoreDependsOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.rekindle.store..", "org.rekindle.app..", "org.rekindle.review..",
                        "org.rekindle.cli..", "org.rekindle.web..", "org.rekindle.bench..")
                .check(OURS);
    }

    @Test
    void theStoreAndTheLabellerDependOnTheCoreOnly() {
        noClasses().that().resideInAPackage("org.rekindle.store..").should().dependOnClassesThat()
                .resideInAnyPackage("org.rekindle.app..", "org.rekindle.review..", "org.rekindle.cli..", "org.rekindle.web..")
                .check(OURS);
        noClasses().that().resideInAPackage("org.rekindle.review..").should().dependOnClassesThat()
                .resideInAnyPackage("org.rekindle.store..", "org.rekindle.app..", "org.rekindle.cli..", "org.rekindle.web..")
                .check(OURS);
    }

    @Test
    void theApplicationLayerKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage("org.rekindle.app..").should().dependOnClassesThat()
                .resideInAnyPackage("org.rekindle.cli..", "org.rekindle.web..", "picocli..", "io.javalin..", "gg.jte..")
                .check(OURS);
    }

    @Test
    void nothingBelowTheFrontEndsReadsTheClock() {
        noClasses().that().resideInAnyPackage("org.rekindle.app..", "org.rekindle.store..", "org.rekindle.review..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now", java.time.Clock.class)
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(OURS);
    }
}
