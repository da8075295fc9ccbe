package org.rekindle.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The two front ends stand side by side on the application layer: the command line never imports
 * the web (serve finds it as a service) and the web never imports the command line; neither
 * reaches past the application layer into the engine's decisions or the store's SQL.
 */
class FrontEndsTest {

    private static final JavaClasses OURS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rekindle");

    @Test
    void theCommandLineAndTheWebNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.rekindle.cli..").should().dependOnClassesThat()
                .resideInAPackage("org.rekindle.web..").check(OURS);
        noClasses().that().resideInAPackage("org.rekindle.web..").should().dependOnClassesThat()
                .resideInAPackage("org.rekindle.cli..").check(OURS);
    }

    @Test
    void theFrontEndsUseCasesComeFromTheApplicationLayer() {
        noClasses().that().resideInAnyPackage("org.rekindle.cli..", "org.rekindle.web..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.flywaydb..", "com.zaxxer..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rekindle.review.DraftReviewer")
                .orShould().callMethod(org.rekindle.status.Coach.class, "status",
                        org.rekindle.journey.Journey.class, java.util.List.class, java.time.LocalDate.class)
                .check(OURS);
    }
}
