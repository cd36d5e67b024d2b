package com.execreports.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/** The monthly schedule, the asynchronous-invoke settings and the failure queue. */
class ScheduleTest {

    private static final int SIX_HOURS = 6 * 60 * 60;

    private final Synthesized synth = TestStacks.defaults();

    private Map<String, Object> queueArn() {
        return synth.getAtt(synth.stack().queue(), "Arn");
    }

    private Map<String, Object> ruleArn() {
        String rule = synth.template().findResources("AWS::Events::Rule").keySet().iterator().next();
        return Map.of("Fn::GetAtt", List.of(rule, "Arn"));
    }

    @Test
    void runsAt13UtcOnTheFirstOfEachMonthByDefault() {
        synth.template().hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "cron(0 13 1 * ? *)", "State", "ENABLED"));
    }

    @Test
    void scheduleIsAContextValue() {
        TestStacks.synth(Map.of("schedule", "cron(30 6 2 * ? *)")).template()
                .hasResourceProperties("AWS::Events::Rule", Map.of("ScheduleExpression", "cron(30 6 2 * ? *)"));
    }

    @Test
    void targetsTheAliasAndParksUndeliverableEventsInTheFailureQueue() {
        synth.template().hasResourceProperties("AWS::Events::Rule", Map.of(
                "Targets", List.of(Map.of(
                        "Arn", synth.ref(synth.stack().alias()),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", 2, "MaximumEventAgeInSeconds", SIX_HOURS),
                        "DeadLetterConfig", Map.of("Arn", queueArn())))));
        synth.template().hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "Principal", "events.amazonaws.com",
                "FunctionName", synth.ref(synth.stack().alias()),
                "SourceArn", ruleArn()));
    }

    @Test
    void retriesOnceWithinSixHoursThenReportsToTheFailureQueue() {
        // the run's alias, and the delivery-event function's own (two retries, then the same queue)
        synth.template().resourceCountIs("AWS::Lambda::EventInvokeConfig", 2);
        synth.template().hasResourceProperties("AWS::Lambda::EventInvokeConfig", Map.of(
                "FunctionName", synth.ref(synth.stack().function()),
                "Qualifier", Map.of("Fn::Select", List.of(7, Map.of("Fn::Split", List.of(":",
                        synth.ref(synth.stack().alias()))))),
                "MaximumRetryAttempts", 1,
                "MaximumEventAgeInSeconds", SIX_HOURS,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", queueArn()))));
    }

    @Test
    void failureQueueIsEncryptedTlsOnlyAndKeepsMessagesTwoWeeks() {
        synth.template().hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "exec-reports-failures",
                "SqsManagedSseEnabled", true,
                "MessageRetentionPeriod", 14 * 24 * 60 * 60));
        synth.template().hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                        Map.of("Effect", "Deny", "Action", "sqs:*", "Principal", Map.of("AWS", "*"),
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")),
                                "Resource", queueArn()),
                        Match.objectLike(Map.of("Effect", "Allow", "Action", "sqs:SendMessage",
                                "Principal", Map.of("Service", "events.amazonaws.com"),
                                "Condition", Map.of("ArnEquals", Map.of("aws:SourceArn", ruleArn())),
                                "Resource", queueArn())))))));
    }
}
