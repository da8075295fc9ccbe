package org.rekindle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is pure: no storage, no web, no command line, no clock. Time arrives as an argument. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rekindle");

    @Test
    void theCoreKnowsNothingOfStorageWebOrCommandLine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "io.javalin..", "picocli..", "org.jdbi..",
                        "org.flywaydb..", "java.net.http..", "java.io.File..")
                .check(CORE);
    }

    @Test
    void theCoreNeverReadsTheClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CORE);
    }

    @Test
    void theCoreWritesNoFiles() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .check(CORE);
    }
}
