package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/** The Lambda: runtime, handler, sizing, concurrency, logging, environment, version and alias. */
class FunctionTest {

    private final Synthesized synth = TestStacks.defaults();

    @Test
    void runsTheReportsHandlerOnJava21() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "exec-reports",
                "Runtime", "java21",
                "Handler", "com.execreports.adapter.inbound.lambda.ReportsHandler::handleRequest",
                "Role", synth.getAtt(synth.stack().function().getRole(), "Arn")));
    }

    @Test
    void hasNoSnapStartBecauseAMonthlyJobWouldFindItInactive() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21", "SnapStart", Match.absent()));
    }

    @Test
    void isSizedByDefaultAndFromContext() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "MemorySize", 1769, "Timeout", 300));

        TestStacks.synth(Map.of("memorySize", "2048", "timeoutSeconds", "600")).template()
                .hasResourceProperties("AWS::Lambda::Function", Map.of("MemorySize", 2048, "Timeout", 600));
    }

    @Test
    void neverRunsTwiceAtOnce() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "ReservedConcurrentExecutions", 1));
    }

    @Test
    void logsJsonToItsOwnLogGroupWithRetention() {
        String logGroup = synth.template().findResources("AWS::Logs::LogGroup").keySet().iterator().next();

        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "LoggingConfig", Map.of("LogFormat", "JSON", "LogGroup", Map.of("Ref", logGroup))));
        synth.template().hasResource("AWS::Logs::LogGroup", Map.of(
                "Properties", Map.of("LogGroupName", "/aws/lambda/exec-reports", "RetentionInDays", 90),
                "DeletionPolicy", "Delete"));
        TestStacks.synth(Map.of("logRetentionDays", "365")).template()
                .hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
    }

    @Test
    void environmentIsTheOneSpecSection6Names() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Map.of(
                        "HANDOFF_BUCKET", synth.ref(synth.stack().storage().bucket()),
                        "HANDOFF_PREFIX", "handoffs/",
                        "ARCHIVE_PREFIX", "archive/",
                        "LEDGER_PREFIX", "ledger/",
                        "CONFIG_SSM_PREFIX", "/exec-reports/",
                        "SES_CONFIGURATION_SET", "exec-reports",
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
                                + " -Djava.awt.headless=true -Dpdfbox.fontcache=/tmp"))));
    }

    @Test
    void liveInspectionIsTurnedOnInTheEnvironmentOnlyWhenAsked() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Map.of("INSPECT_AWS", Match.absent()))));
        TestStacks.synth(Map.of("inspectAws", "true")).template().hasResourceProperties("AWS::Lambda::Function",
                Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of("INSPECT_AWS", "true")))));
    }

    @Test
    void publishesAVersionAndPointsTheLiveAliasAtIt() {
        synth.template().resourceCountIs("AWS::Lambda::Version", 1);
        String version = synth.template().findResources("AWS::Lambda::Version").keySet().iterator().next();

        synth.template().hasResourceProperties("AWS::Lambda::Version", Map.of(
                "FunctionName", synth.ref(synth.stack().function())));
        synth.template().hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionName", synth.ref(synth.stack().function()),
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(version, "Version"))));
    }

    @Test
    void codeIsTheJarAtJarPath() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Code", Map.of(
                        "S3Bucket", "cdk-hnb659fds-assets-" + TestStacks.ACCOUNT + "-" + TestStacks.REGION,
                        "S3Key", Match.stringLikeRegexp("^[0-9a-f]{64}\\.jar$"))));
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        assertThatThrownBy(() -> TestStacks.with(Map.of("jarPath", "target/no-such.jar")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such.jar")
                .hasMessageContaining("mvn -B package");
    }

    @Test
    void outputsTellWhereThingsAre() {
        assertThat(synth.template().findOutputs("*").keySet()).containsExactlyInAnyOrder(
                "BucketName", "FunctionName", "AliasArn", "LogGroupName", "FailureQueueUrl", "AlarmTopicArn",
                "ConfigurationSetName", "DeliveryEventsFunctionName");
    }
}
