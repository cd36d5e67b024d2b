package com.execreports.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/** Function errors and failed runs alarm to one topic, with the owner's email subscribed if given. */
class AlarmsTest {

    private final Synthesized synth = TestStacks.defaults();

    private Map<String, Object> topic() {
        return synth.ref(synth.stack().alarms().topic());
    }

    @Test
    void alarmsOnAnyFunctionError() {
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/Lambda",
                "MetricName", "Errors",
                "Dimensions", List.of(Map.of("Name", "FunctionName", "Value", synth.ref(synth.stack().function()))),
                "Statistic", "Sum",
                "Period", 300,
                "EvaluationPeriods", 1,
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "TreatMissingData", "notBreaching",
                "AlarmActions", List.of(topic())));
    }

    @Test
    void alarmsOnAnyMessageInTheFailureQueue() {
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/SQS",
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", synth.getAtt(synth.stack().queue(), "QueueName"))),
                "Statistic", "Maximum",
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "TreatMissingData", "ignore",
                "AlarmActions", List.of(topic())));
    }

    @Test
    void alarmsAndTopicHaveTheNamesTheDocsUse() {
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "exec-reports-function-errors", "MetricName", "Errors"));
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "exec-reports-failed-runs", "MetricName", "ApproximateNumberOfMessagesVisible"));
        synth.template().hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "exec-reports-alarms"));
    }

    @Test
    void topicRefusesPlainHttp() {
        synth.template().hasResourceProperties("AWS::SNS::TopicPolicy", Map.of(
                "Topics", List.of(topic()),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void subscribesTheOwnerWhenGiven() {
        Synthesized withOwner = TestStacks.synth(Map.of("ownerEmail", "ops@acme.example"));

        withOwner.template().hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email",
                "Endpoint", "ops@acme.example",
                "TopicArn", withOwner.ref(withOwner.stack().alarms().topic())));
    }

    @Test
    void subscribesNobodyByDefault() {
        synth.template().resourceCountIs("AWS::SNS::Subscription", 0);
        // function errors, failed runs, and delivery events that could not be recorded
        synth.template().resourceCountIs("AWS::CloudWatch::Alarm", 3);
    }
}
