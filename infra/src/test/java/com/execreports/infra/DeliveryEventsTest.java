package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/**
 * SES events: the configuration set every send names, its EventBridge destination for the six
 * events of a report's fate, the rule that hands this set's events to the delivery-event function,
 * and that function's permissions: the ledger, the keys, the alarm topic, its logs, nothing else.
 */
class DeliveryEventsTest {
    private static final String ACCOUNT_REGION = TestStacks.REGION + ":" + TestStacks.ACCOUNT;
    private final Synthesized synth = TestStacks.defaults();

    private DeliveryEvents events() {
        return synth.stack().deliveryEvents();
    }

    @Test
    void createsTheConfigurationSetEverySendNames() {
        synth.template().hasResourceProperties("AWS::SES::ConfigurationSet", Map.of("Name", "exec-reports"));
        // the run function (and fan-out workers, which share its environment) name it on every send
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "exec-reports",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SES_CONFIGURATION_SET", "exec-reports")))));
    }

    @Test
    void publishesTheSixEventsOfAReportsFateToTheDefaultEventBus() {
        synth.template().hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", Map.of(
                "ConfigurationSetName", synth.ref(events().configurationSet()),
                "EventDestination", Map.of(
                        "Enabled", true,
                        "Name", "exec-reports-to-eventbridge",
                        "MatchingEventTypes", Match.arrayEquals(List.of("delivery", "bounce", "complaint", "reject",
                                "renderingFailure", "deliveryDelay")),
                        "EventBridgeDestination", Map.of("EventBusArn", Match.anyValue()))));
    }

    @Test
    void theRuleTakesOnlyThisSetsDeliveryEventsToTheFunctionWithRetriesAndTheFailureQueue() {
        synth.template().hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventPattern", Map.of(
                        "source", List.of("aws.ses"),
                        "detail-type", List.of("Email Delivered", "Email Bounced", "Email Complaint Received",
                                "Email Rejected", "Email Rendering Failed", "Email Delivery Delayed"),
                        "detail", Map.of("mail", Map.of("tags", Map.of("ses:configuration-set",
                                List.of("exec-reports"))))),
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", synth.getAtt(events().function(), "Arn"),
                        "DeadLetterConfig", Map.of("Arn", synth.getAtt(synth.stack().queue(), "Arn")),
                        "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 86400, "MaximumRetryAttempts", 8))))));
        synth.template().hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "FunctionName", synth.getAtt(events().function(), "Arn"),
                "Principal", "events.amazonaws.com",
                "SourceArn", synth.getAtt(events().rule(), "Arn")));
    }

    @Test
    void theFunctionRunsTheHandlerOfTheSameJarWithTheLedgerAndTheAlarmTopic() {
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "exec-reports-delivery-events",
                "Handler", "com.execreports.adapter.inbound.lambda.DeliveryEventsHandler::handleRequest",
                "Runtime", "java21",
                "Environment", Map.of("Variables", Map.of(
                        "HANDOFF_BUCKET", synth.ref(synth.stack().storage().bucket()),
                        "LEDGER_PREFIX", "ledger/",
                        "CONFIG_SSM_PREFIX", "/exec-reports/",
                        "ALARM_TOPIC_ARN", synth.ref(synth.stack().alarms().topic()),
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))));
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "exec-reports-delivery-event-errors",
                "MetricName", "Errors",
                "Dimensions", List.of(Map.of("Name", "FunctionName", "Value", synth.ref(events().function()))),
                "AlarmActions", List.of(synth.ref(synth.stack().alarms().topic()))));
    }

    @Test
    void theFunctionMayTouchTheLedgerReadTheKeysAndPublishAlarmsAndNothingMore() {
        PolicyStatements statements = PolicyStatements.of(synth, events().function().getRole());

        assertThat(statements.sids()).containsExactly(FunctionPolicy.LIST_LEDGER, FunctionPolicy.READ_AND_WRITE_LEDGER,
                FunctionPolicy.READ_CONFIG, FunctionPolicy.DECRYPT_CONFIG, FunctionPolicy.PUBLISH_DELIVERY_ALARMS,
                FunctionPolicy.WRITE_LOGS);
        assertThat(statements.bySid(FunctionPolicy.PUBLISH_DELIVERY_ALARMS)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.PUBLISH_DELIVERY_ALARMS, "Effect", "Allow", "Action", "sns:Publish",
                "Resource", synth.ref(synth.stack().alarms().topic())));
        assertThat(statements.bySid(FunctionPolicy.LIST_LEDGER).get("Condition"))
                .isEqualTo(Map.of("StringLike", Map.of("s3:prefix", List.of("ledger/*"))));
        assertThat(statements.bySid(FunctionPolicy.READ_AND_WRITE_LEDGER).get("Action"))
                .isEqualTo(List.of("s3:GetObject", "s3:PutObject"));
        assertThat(statements.bySid(FunctionPolicy.READ_AND_WRITE_LEDGER).get("Resource").toString())
                .contains("/ledger/*").doesNotContain("handoffs").doesNotContain("archive");
        assertThat(statements.bySid(FunctionPolicy.READ_CONFIG).get("Resource")).isEqualTo(List.of(
                "arn:aws:ssm:" + ACCOUNT_REGION + ":parameter/exec-reports",
                "arn:aws:ssm:" + ACCOUNT_REGION + ":parameter/exec-reports/*"));
    }
}
