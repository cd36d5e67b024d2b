package com.execreports.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventSourceMapping;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Fan-out for large portfolios (context {@code fanout=true}): the report queue the main function
 * dispatches to when a run has more than {@code fanoutThreshold} reports, its dead-letter queue, and
 * the worker function (same jar, another handler) that the queue feeds. The worker keeps the same
 * ledger as the main function, so a job delivered twice never sends its report twice.
 */
final class ReportFanout extends Construct {

    static final String WORKER_NAME = ExecReportsStack.FUNCTION_NAME + "-worker";
    static final String WORKER_HANDLER = FunctionNames.WORKER_HANDLER;
    /** Jobs per worker invocation: one cold start and one key read serve up to ten reports. */
    static final int BATCH_SIZE = 10;
    /**
     * Workers at once. SES limits recipients per second per account (14 at first); each worker
     * paces its sends at this share of that rate ({@code WORKER_CONCURRENCY} in its environment), so
     * together they stay within it. The event source mapping gets the same cap, so it never invokes
     * into a throttle, which would count as a receive and push jobs to the DLQ.
     */
    static final int WORKER_CONCURRENCY = 5;
    /** Receives before SQS moves a job to the dead-letter queue: the first try and two retries. */
    static final int MAX_RECEIVE_COUNT = 3;
    /** AWS's advice for a queue feeding Lambda: visibility at least six times the function timeout. */
    static final int VISIBILITY_PER_TIMEOUT = 6;
    /** A job older than this is dropped: a monthly report four days late needs a person, not a retry. */
    static final Duration JOB_RETENTION = Duration.days(4);
    /** The dead-letter queue keeps jobs as long as SQS can, for someone to look at. */
    static final Duration DEAD_LETTER_RETENTION = Duration.days(14);

    private final Queue deadLetterQueue;
    private final Queue queue;
    private final Function worker;
    private final ExecReportsConfig config;

    /**
     * @param environment the main function's environment (bucket, prefixes, config path, JVM flags),
     *                    which the worker shares
     */
    ReportFanout(Construct scope, String id, ExecReportsConfig config, IBucket bucket, Code code,
                 Map<String, String> environment) {
        super(scope, id);
        this.config = config;
        this.deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
                .queueName(ExecReportsStack.FUNCTION_NAME + "-jobs-dlq")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(DEAD_LETTER_RETENTION)
                .build();
        this.queue = Queue.Builder.create(this, "Queue")
                .queueName(ExecReportsStack.FUNCTION_NAME + "-jobs")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(JOB_RETENTION)
                .visibilityTimeout(Duration.seconds((long) VISIBILITY_PER_TIMEOUT * config.timeoutSeconds()))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetterQueue).maxReceiveCount(MAX_RECEIVE_COUNT)
                        .build())
                .build();
        this.worker = createWorker(bucket, code, environment);
        EventSourceMapping.Builder.create(this, "Jobs")
                .target(worker)
                .eventSourceArn(queue.getQueueArn())
                .batchSize(BATCH_SIZE)
                .reportBatchItemFailures(true)
                .maxConcurrency(WORKER_CONCURRENCY)
                .build();
    }

    /** Its environment is the main function's plus its share of the SES rate: one of {@link #WORKER_CONCURRENCY}. */
    private Function createWorker(IBucket bucket, Code code, Map<String, String> environment) {
        Map<String, String> workerEnvironment = new LinkedHashMap<>(environment);
        workerEnvironment.put(FunctionNames.WORKER_CONCURRENCY, String.valueOf(WORKER_CONCURRENCY));
        return new ReportsFunction(this, "Worker", new ReportsFunction.Props(WORKER_NAME,
                "Builds and sends the reports of queued jobs (fan-out of large runs)",
                "exec-reports worker: build and send one report per queued job", "exec-reports-worker",
                WORKER_HANDLER, code, config,
                logGroup -> FunctionPolicy.workerDocument(Stack.of(this), config, bucket, logGroup, queue),
                WORKER_CONCURRENCY, workerEnvironment)).function();
    }

    /** What the main function needs to dispatch: the queue and the threshold. */
    Map<String, String> dispatcherEnvironment() {
        return Map.of(
                FunctionNames.REPORT_QUEUE_URL, queue.getQueueUrl(),
                FunctionNames.FANOUT_THRESHOLD, String.valueOf(config.fanout().threshold()));
    }

    /** Tells the owner about any job in the dead-letter queue. */
    Alarm alarmOnDeadLetters(ReportsAlarms alarms) {
        return alarms.onMessages("DeadLetterJobs", ExecReportsStack.FUNCTION_NAME + "-dead-letter-jobs",
                "exec-reports: a report job failed " + MAX_RECEIVE_COUNT + " times (not delivered, in doubt, or not "
                        + "a job); see the worker's log group and the jobs dead-letter queue",
                deadLetterQueue);
    }

    Queue queue() {
        return queue;
    }

    Queue deadLetterQueue() {
        return deadLetterQueue;
    }

    Function worker() {
        return worker;
    }
}
