package com.execreports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.adapter.inbound.Wiring;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.ReportQueue;
import com.execreports.application.port.Transport;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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

    /** The ports whose adapters make up a run; {@code Wiring} alone chooses and builds them. */
    private static final List<Class<?>> RUN_PORTS = List.of(HandoffSource.class, KeySource.class, Transport.class,
            Ledger.class, Archive.class, AccountInspector.class, ReportQueue.class);

    private static final DescribedPredicate<JavaConstructorCall> AN_ADAPTER_OF_A_RUN =
            new DescribedPredicate<>("an outbound adapter of a run's port") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    JavaClass owner = call.getTargetOwner();
                    return owner.getPackageName().startsWith("com.execreports.adapter.outbound")
                            && RUN_PORTS.stream().anyMatch(owner::isAssignableTo);
                }
            };

    @Test
    void onlyTheWiringBuildsTheAdaptersOfARun() {
        // adapters may wrap one another (a cache around a source); no entry point picks one itself
        noClasses().that().resideOutsideOfPackage("com.execreports.adapter.outbound..")
                .and().doNotBelongToAnyOf(Wiring.class)
                .should().callConstructorWhere(AN_ADAPTER_OF_A_RUN)
                .because("one place turns RunSettings into adapters, so the command line and the functions cannot drift")
                .check(CLASSES);
    }

    @Test
    void onlyTheEntryPointsReadTheEnvironment() {
        noClasses().that().doNotBelongToAnyOf(EntryPoint.class)
                .and().haveSimpleNameNotEndingWith("Command")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("the environment is read once at the edge into RunSettings; handlers get it from EntryPoint")
                .check(CLASSES);
    }

    @Test
    void theCommandLineBuildsNoSdkClientItself() {
        noClasses().that().resideInAPackage("com.execreports.adapter.inbound.cli..")
                .should().dependOnClassesThat().belongToAnyOf(AwsClients.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("software.amazon..")
                .because("the wiring builds SDK clients lazily, so a local run builds none (the cold-start benchmark)")
                .check(CLASSES);
    }
}
