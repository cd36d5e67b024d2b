package com.execreports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The ports-and-adapters shape is a build rule, not a convention. The engine module cannot see
 * AWS, Lambda or picocli at all (they are not on its class path); these rules hold the rest.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.execreports");

    /** The entry points: the command line and the Lambda handlers. */
    private static final String ENTRY_POINTS = "com.execreports.adapter.inbound..";

    @Test
    void theEngineAndDomainImportNoAwsAndNoLambdaTypes() {
        noClasses().that().resideInAnyPackage("com.execreports.domain..", "com.execreports.engine..",
                        "com.execreports.application..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNotDependOnTheApplication() {
        noClasses().that().resideInAnyPackage("com.execreports.domain..", "com.execreports.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.execreports.application..")
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
    void theCommandLineDoesNotUseTheLambdaHandlers() {
        noClasses().that().resideInAPackage("com.execreports.adapter.inbound.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.execreports.adapter.inbound.lambda..",
                        "com.amazonaws.services.lambda..")
                .check(CLASSES);
    }

    @Test
    void theLocalAdaptersDoNotUseAws() {
        noClasses().that().resideInAPackage("com.execreports.adapter.outbound.local..")
                .should().dependOnClassesThat().resideInAnyPackage("com.execreports.adapter.outbound.aws..",
                        "software.amazon..", "com.amazonaws..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEntryPointsReadTheEnvironmentSetPropertiesOrReadTheClock() {
        noClasses().that().resideOutsideOfPackage(ENTRY_POINTS)
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "setProperty", String.class, String.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .because("the environment, system properties and the time are read at the edge and handed in")
                .check(CLASSES);
    }
}
