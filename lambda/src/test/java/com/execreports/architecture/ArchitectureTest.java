package com.execreports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ports-and-adapters shape is a build rule, not a convention. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.execreports");

    @Test
    void theEngineAndDomainImportNoAwsAndNoLambdaTypes() {
        noClasses().that().resideInAnyPackage("com.execreports.domain..", "com.execreports.engine..",
                        "com.execreports.application..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(CLASSES);
    }

    @Test
    void theEngineAndApplicationDoNotDependOnAdapters() {
        noClasses().that().resideInAnyPackage("com.execreports.domain..", "com.execreports.engine..",
                        "com.execreports.application..")
                .should().dependOnClassesThat().resideInAnyPackage("com.execreports.adapter..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("com.execreports.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.execreports.engine..",
                        "com.execreports.application..", "com.fasterxml..", "org.commonmark..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void theEngineNeverReadsTheEnvironmentOrTheClock() {
        noClasses().that().resideInAnyPackage("com.execreports.domain..", "com.execreports.engine..")
                .should().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .check(CLASSES);
    }
}
