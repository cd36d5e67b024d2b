package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/**
 * Fan-out (context {@code fanout=true}): report queue and dead-letter queue, the worker fed by the
 * queue with partial batch responses, the dispatcher's environment and permission, the DLQ alarm;
 * and none of it by default.
 */
class FanoutTest {

    private final Synthesized off = TestStacks.defaults();
    private final Synthesized on = TestStacks.synth(Map.of("fanout", "true", "fanoutThreshold", "50",
            "timeoutSeconds", "600"));

    private ReportFanout fanout() {
        return on.stack().fanout().orElseThrow();
    }

    @Test
    void isNotDeployedByDefault() {
        assertThat(off.stack().fanout()).isEmpty();
        off.template().resourceCountIs("AWS::Lambda::Function", 1);
        off.template().resourceCountIs("AWS::Lambda::EventSourceMapping", 0);
        off.template().resourceCountIs("AWS::SQS::Queue", 1);
        off.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "exec-reports",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "REPORT_QUEUE_URL", Match.absent(), "FANOUT_THRESHOLD", Match.absent())))));
        assertThat(PolicyStatements.of(off).sids()).doesNotContain(FunctionPolicy.DISPATCH_REPORT_JOBS);
    }

    @Test
    void theMainFunctionDispatchesAboveTheThresholdToTheReportQueue() {
        on.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "exec-reports",
                "Handler", "com.execreports.adapter.inbound.lambda.ReportsHandler::handleRequest",
                "ReservedConcurrentExecutions", 1,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "REPORT_QUEUE_URL", on.ref(fanout().queue()),
                        "FANOUT_THRESHOLD", "50")))));
        assertThat(PolicyStatements.of(on).bySid(FunctionPolicy.DISPATCH_REPORT_JOBS)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.DISPATCH_REPORT_JOBS, "Effect", "Allow",
                "Action", "sqs:SendMessage",
                "Resource", on.getAtt(fanout().queue(), "Arn")));
    }

    @Test
    void jobsWaitInAnEncryptedTlsOnlyQueueThatRedrivesToADeadLetterQueueAfterThreeReceives() {
        on.template().hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "exec-reports-jobs",
                "SqsManagedSseEnabled", true,
                // six times the function timeout of 600 s
                "VisibilityTimeout", 3600,
                "MessageRetentionPeriod", 4 * 24 * 3600,
                "RedrivePolicy", Map.of(
                        "deadLetterTargetArn", on.getAtt(fanout().deadLetterQueue(), "Arn"),
                        "maxReceiveCount", 3)));
        on.template().hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "exec-reports-jobs-dlq",
                "SqsManagedSseEnabled", true,
                "MessageRetentionPeriod", 14 * 24 * 3600));
        for (var queue : List.of(fanout().queue(), fanout().deadLetterQueue())) {
            on.template().hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                    "Queues", List.of(on.ref(queue)),
                    "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void theWorkerRunsTheSameJarWithItsOwnHandlerFewAtATime() {
        on.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "exec-reports-worker",
                "Handler", "com.execreports.adapter.inbound.lambda.ReportWorkerHandler::handleRequest",
                "Runtime", "java21",
                "Timeout", 600,
                "MemorySize", 1024,
                "ReservedConcurrentExecutions", 5,
                "Role", on.getAtt(fanout().worker().getRole(), "Arn"),
                "Environment", Map.of("Variables", Map.of(
                        "HANDOFF_BUCKET", on.ref(on.stack().storage().bucket()),
                        "HANDOFF_PREFIX", "handoffs/",
                        "ARCHIVE_PREFIX", "archive/",
                        "LEDGER_PREFIX", "ledger/",
                        "CONFIG_SSM_PREFIX", "/exec-reports/",
                        "JAVA_TOOL_OPTIONS", ExecReportsStack.JAVA_TOOL_OPTIONS,
                        "WORKER_CONCURRENCY", "5"))));
        on.template().hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/lambda/exec-reports-worker", "RetentionInDays", 90));
        // one asset: both functions point at the same jar in the same place
        List<Object> codes = on.template().findResources("AWS::Lambda::Function").values().stream()
                .map(f -> ((Map<?, ?>) ((Map<?, ?>) f).get("Properties")).get("Code")).distinct().map(c -> (Object) c)
                .toList();
        assertThat(codes).hasSize(1);
    }

    @Test
    void theQueueFeedsTheWorkerInBatchesWithPartialBatchResponses() {
        on.template().hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionName", on.ref(fanout().worker()),
                "EventSourceArn", on.getAtt(fanout().queue(), "Arn"),
                "BatchSize", 10,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "ScalingConfig", Map.of("MaximumConcurrency", 5)));
    }

    @Test
    void theWorkerHoldsTheFunctionsStatementsLessTheSesAccountReadsPlusConsumingTheQueue() {
        PolicyStatements worker = PolicyStatements.of(on, fanout().worker().getRole());

        assertThat(worker.sids()).containsExactly(
                FunctionPolicy.LIST_HANDOFFS_AND_LEDGER, FunctionPolicy.READ_HANDOFFS,
                FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER, FunctionPolicy.READ_CONFIG, FunctionPolicy.DECRYPT_CONFIG,
                FunctionPolicy.SEND_AS_SENDER, FunctionPolicy.WRITE_LOGS, FunctionPolicy.CONSUME_REPORT_JOBS,
                FunctionPolicy.READ_SES_SEND_RATE);
        PolicyStatements main = PolicyStatements.of(on);
        for (String sid : List.of(FunctionPolicy.LIST_HANDOFFS_AND_LEDGER, FunctionPolicy.READ_HANDOFFS,
                FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER, FunctionPolicy.READ_CONFIG, FunctionPolicy.DECRYPT_CONFIG,
                FunctionPolicy.SEND_AS_SENDER)) {
            assertThat(worker.bySid(sid)).as(sid).isEqualTo(main.bySid(sid));
        }
        assertThat(worker.bySid(FunctionPolicy.CONSUME_REPORT_JOBS)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.CONSUME_REPORT_JOBS, "Effect", "Allow",
                "Action", List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                "Resource", on.getAtt(fanout().queue(), "Arn")));
        assertThat(worker.bySid(FunctionPolicy.READ_SES_SEND_RATE)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.READ_SES_SEND_RATE, "Effect", "Allow", "Action", "ses:GetSendQuota",
                "Resource", "*"));
        String workerLogs = on.template().findResources("AWS::Logs::LogGroup", Map.of("Properties",
                Map.of("LogGroupName", "/aws/lambda/exec-reports-worker"))).keySet().iterator().next();
        assertThat(worker.bySid(FunctionPolicy.WRITE_LOGS).get("Resource"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of(workerLogs, "Arn")));
        // no CDK default policy beside them: the inline statements are all the worker holds
        assertThat(on.template().findResources("AWS::IAM::Policy", Map.of("Properties", Map.of(
                "Roles", List.of(on.ref(fanout().worker().getRole())))))).isEmpty();
        on.template().hasResourceProperties("AWS::IAM::Role", Map.of(
                "Description", "exec-reports worker: build and send one report per queued job",
                "ManagedPolicyArns", Match.absent()));
    }

    @Test
    void aJobInTheDeadLetterQueueAlarmsTheOwner() {
        on.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "exec-reports-dead-letter-jobs",
                "Namespace", "AWS/SQS",
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", on.getAtt(fanout().deadLetterQueue(), "QueueName"))),
                "Statistic", "Maximum",
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "TreatMissingData", "ignore",
                "AlarmActions", List.of(on.ref(on.stack().alarms().topic()))));
        on.template().resourceCountIs("AWS::CloudWatch::Alarm", 3);
    }

    @Test
    void outputsTellWhereTheQueuesAndTheWorkerAre() {
        assertThat(on.template().findOutputs("*").keySet()).contains(
                "ReportQueueUrl", "JobsDeadLetterQueueUrl", "WorkerFunctionName");
    }
}
