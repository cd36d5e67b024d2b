package com.execreports.infra;

import java.util.Optional;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Tells the owner when a run fails: one alarm on the function's errors, one on messages in the
 * failure queue (async invocations that failed after their retry, or schedule events that could not
 * be delivered), both to one SNS topic with the owner's email subscribed.
 */
final class ReportsAlarms extends Construct {

    private static final Duration PERIOD = Duration.minutes(5);

    private final Topic topic;
    private final Alarm errors;
    private final Alarm failedRuns;

    ReportsAlarms(Construct scope, String id, IFunction function, IQueue failureQueue, Optional<String> ownerEmail) {
        super(scope, id);
        this.topic = Topic.Builder.create(this, "Topic")
                .topicName(ExecReportsStack.FUNCTION_NAME + "-alarms")
                .displayName("exec-reports alarms")
                .enforceSsl(true)
                .build();
        ownerEmail.ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

        // Any error of any invocation (schedule or console). A monthly function has no data most of the
        // time, and no data means nothing failed.
        this.errors = alarm("FunctionErrors", ExecReportsStack.FUNCTION_NAME + "-function-errors",
                "exec-reports: the function reported an error; see its log group",
                function.metricErrors(MetricOptions.builder().period(PERIOD).statistic("Sum").build()),
                TreatMissingData.NOT_BREACHING);
        this.failedRuns = onMessages("FailedRuns", ExecReportsStack.FUNCTION_NAME + "-failed-runs",
                "exec-reports: a run failed after its retries or could not be started; see the failure queue",
                failureQueue);
    }

    /** An alarm to the topic on any error of {@code function}. */
    Alarm onErrors(String id, String name, String description, IFunction function) {
        return alarm(id, name, description,
                function.metricErrors(MetricOptions.builder().period(PERIOD).statistic("Sum").build()),
                TreatMissingData.NOT_BREACHING);
    }

    /** An alarm to the topic while any message waits in {@code queue}. */
    Alarm onMessages(String id, String name, String description, IQueue queue) {
        // SQS stops publishing metrics for a queue idle for six hours even while messages wait in it;
        // IGNORE keeps the alarm in ALARM until someone has looked at and removed the messages.
        return alarm(id, name, description, queue.metricApproximateNumberOfMessagesVisible(
                MetricOptions.builder().period(PERIOD).statistic("Maximum").build()), TreatMissingData.IGNORE);
    }

    Topic topic() {
        return topic;
    }

    Alarm errors() {
        return errors;
    }

    Alarm failedRuns() {
        return failedRuns;
    }

    private Alarm alarm(String id, String name, String description, IMetric metric, TreatMissingData missingData) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmName(name)
                .alarmDescription(description)
                .metric(metric)
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(missingData)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
        return alarm;
    }
}
