package com.execreports.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * exec-reports on AWS: the reports bucket, the Java Lambda behind an alias, the monthly EventBridge
 * schedule, asynchronous-invoke settings with a failure queue, and alarms to the owner; with
 * {@code fanout}, also the report queue and worker of {@link ReportFanout}.
 */
public final class ExecReportsStack extends Stack {

    /**
     * Fixed names (function, log group, queue, topic, alarms) so the docs can point at them; the price
     * is one deployment per account and region.
     */
    static final String FUNCTION_NAME = "exec-reports";
    static final String ALIAS_NAME = "live";
    static final String HANDLER = FunctionNames.HANDLER;
    /** C1 only: it compiles fast, and a run is too short for C2's optimised code to repay its compile time. */
    /**
     * C1 only: a monthly run is too short to pay back C2. Headless AWT for the charts, and
     * PDFBox's font cache in /tmp, the only writable folder on Lambda.
     */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -Djava.awt.headless=true"
            + " -Dpdfbox.fontcache=/tmp";

    /**
     * A monthly email must not go twice, nor silently not at all. The ledger (S3 conditional writes)
     * records each report once sent, so a retried run skips what already went out and only sends the
     * rest: one retry is safe and covers a transient S3, SSM or SES failure. More would only repeat a
     * failure that needs a person (bad configuration, unverified sender); the alarms call one instead.
     */
    static final int RETRY_ATTEMPTS = 1;
    /**
     * How long Lambda keeps trying to start a scheduled run, including while the single reserved
     * concurrency is taken (say by a manual run from the console). Six hours keeps the report on the
     * same working day; an older event goes to the failure queue instead.
     */
    static final Duration MAX_EVENT_AGE = Duration.hours(6);
    /** Failed events wait this long (the SQS maximum) for someone to read them. */
    static final Duration FAILURE_RETENTION = Duration.days(14);

    private final ExecReportsConfig config;
    private final ReportsStorage storage;
    private final Function function;
    private final Alias alias;
    private final Queue failureQueue;
    private final ReportsAlarms alarms;
    private final Optional<ReportFanout> fanout;

    public ExecReportsStack(Construct scope, String id, StackProps props, ExecReportsConfig config) {
        super(scope, id, props);
        this.config = config;
        this.storage = new ReportsStorage(this, "Storage", config);
        this.fanout = config.fanout().enabled()
                ? Optional.of(new ReportFanout(this, "Fanout", config, bucket(), jar(), environment()))
                : Optional.empty();
        ReportsFunction main = createFunction();
        this.function = main.function();
        this.failureQueue = createFailureQueue();
        this.alias = createAlias();
        createSchedule();
        this.alarms = new ReportsAlarms(this, "Alarms", function, failureQueue, config.ownerEmail());
        fanout.ifPresent(f -> f.alarmOnDeadLetters(alarms));
        createOutputs(main.logGroup());
        NagFindings.suppress(this);
    }

    ExecReportsConfig config() {
        return config;
    }

    ReportsStorage storage() {
        return storage;
    }

    Function function() {
        return function;
    }

    Alias alias() {
        return alias;
    }

    Queue queue() {
        return failureQueue;
    }

    ReportsAlarms alarms() {
        return alarms;
    }

    Optional<ReportFanout> fanout() {
        return fanout;
    }

    /**
     * No SnapStart: a SnapStart version not invoked for 14 days goes inactive and its next invoke fails
     * with SnapStartNotReadyException, which a monthly job would hit every month. Cold start is kept low
     * by a small jar, one light HTTP client and the client compiler only ({@link #JAVA_TOOL_OPTIONS}).
     */
    private ReportsFunction createFunction() {
        return new ReportsFunction(this, "Function", new ReportsFunction.Props(FUNCTION_NAME,
                "Builds the monthly executive reports and emails them through SES",
                "exec-reports function: read handoffs and config, write archive and ledger, send via SES",
                "exec-reports", HANDLER, jar(), config,
                logGroup -> fanout
                        .map(f -> FunctionPolicy.dispatcherDocument(this, config, bucket(), logGroup, f.queue()))
                        .orElseGet(() -> FunctionPolicy.document(this, config, bucket(), logGroup)),
                // one run at a time: a second concurrent run could race the first on the ledger
                1, dispatcherEnvironment()));
    }

    /** What every function of the stack reads: where the data is, and the JVM flags. */
    private Map<String, String> environment() {
        return Map.of(
                FunctionNames.HANDOFF_BUCKET, bucket().getBucketName(),
                FunctionNames.HANDOFF_PREFIX, config.handoffPrefix(),
                FunctionNames.ARCHIVE_PREFIX, config.archivePrefix(),
                FunctionNames.LEDGER_PREFIX, config.ledgerPrefix(),
                FunctionNames.CONFIG_SSM_PREFIX, config.configPrefix(),
                "JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
    }

    /**
     * The main function's: with fan-out, also the report queue and the threshold; with inspection,
     * INSPECT_AWS (the SSM key of the same name may still turn it off for a run).
     */
    private Map<String, String> dispatcherEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(environment());
        fanout.ifPresent(f -> environment.putAll(f.dispatcherEnvironment()));
        if (config.inspectAws()) {
            environment.put(FunctionNames.INSPECT_AWS, "true");
        }
        return environment;
    }

    /** The one jar both functions run; the same path is one asset. */
    private Code jar() {
        return Code.fromAsset(existingJar().toString());
    }

    private Queue createFailureQueue() {
        return Queue.Builder.create(this, "FailureQueue")
                .queueName(FUNCTION_NAME + "-failures")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(FAILURE_RETENTION)
                .build();
    }

    /** The schedule invokes this alias, so a deploy switches runs to the new version in one step. */
    private Alias createAlias() {
        return Alias.Builder.create(this, "LiveAlias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .retryAttempts(RETRY_ATTEMPTS)
                .maxEventAge(MAX_EVENT_AGE)
                .onFailure(new SqsDestination(failureQueue))
                .build();
    }

    /**
     * EventBridge hands the event to Lambda's asynchronous queue; its own retries only cover that
     * hand-over, and an event it cannot hand over lands in the same failure queue.
     */
    private void createSchedule() {
        Rule.Builder.create(this, "MonthlySchedule")
                .description("Starts the monthly exec-reports run")
                .schedule(Schedule.expression(config.schedule()))
                .targets(List.of(LambdaFunction.Builder.create(alias)
                        .retryAttempts(2)
                        .maxEventAge(MAX_EVENT_AGE)
                        .deadLetterQueue(failureQueue)
                        .build()))
                .build();
    }

    private void createOutputs(LogGroup logGroup) {
        output("BucketName", bucket().getBucketName(), "Handoffs, archive and ledger");
        output("FunctionName", function.getFunctionName(), "The Lambda function");
        output("AliasArn", alias.getFunctionArn(), "The alias the schedule invokes");
        output("LogGroupName", logGroup.getLogGroupName(), "The function's logs");
        output("FailureQueueUrl", failureQueue.getQueueUrl(), "Failed runs");
        output("AlarmTopicArn", alarms.topic().getTopicArn(), "Alarm notifications");
        fanout.ifPresent(f -> {
            output("ReportQueueUrl", f.queue().getQueueUrl(), "Report jobs of dispatched runs");
            output("JobsDeadLetterQueueUrl", f.deadLetterQueue().getQueueUrl(), "Report jobs that failed "
                    + ReportFanout.MAX_RECEIVE_COUNT + " times");
            output("WorkerFunctionName", f.worker().getFunctionName(), "The fan-out worker");
        });
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    private IBucket bucket() {
        return storage.bucket();
    }

    private Path existingJar() {
        Path jar = Path.of(config.jarPath()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Lambda jar not found at " + jar
                    + ": run `mvn -B package` at the repository root first, or pass -c jarPath=<path to the jar>");
        }
        return jar;
    }
}
