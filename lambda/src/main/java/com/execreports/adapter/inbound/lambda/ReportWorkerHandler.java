package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.HandoffBodyCache;
import com.execreports.adapter.outbound.aws.S3Archive;
import com.execreports.adapter.outbound.aws.S3HandoffSource;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.adapter.outbound.aws.SsmKeySource;
import com.execreports.application.DeliveryConfig;
import com.execreports.application.ExitCodes;
import com.execreports.adapter.outbound.aws.ReportJobJson;
import com.execreports.application.ReportRun;
import com.execreports.application.ReportWorker;
import com.execreports.engine.pack.ReportPackager;
import com.execreports.application.RunSummary;
import com.execreports.application.port.Archive;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.ReportQueue.Job;
import com.execreports.application.port.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * The fan-out worker ({@code com.execreports.adapter.inbound.lambda.ReportWorkerHandler::handleRequest}),
 * fed by the report queue: each SQS record is one job {@code {"period", "reportId", "resend",
 * "dryRun"}}, run as a one-report {@link ReportRun} with the same ledger as every other run, so a
 * job handed out twice never sends its report twice.
 *
 * <p>Returns a partial batch response. A record is listed in {@code batchItemFailures}, to be
 * offered again and after the queue's {@code maxReceiveCount} moved to the dead-letter queue (whose
 * alarm calls a person), when its report failed or is in doubt, when its run stopped (S3 or SSM
 * unreachable, configuration changed since the dispatch), or when it is not a job at all. An in-doubt
 * report is never sent by a retry (the ledger holds its claim); it rides the retries to the
 * dead-letter queue, where someone checks the audit copy.
 *
 * <p>A stream handler reading the event with Jackson, like {@link ReportsHandler}: the typed
 * {@code SQSEvent} of aws-lambda-java-events would add about 1.1 MB (with joda-time) to the jar,
 * for two fields.
 */
public class ReportWorkerHandler implements RequestStreamHandler {
    /** How long a worker container reuses the keys it read (see {@link CachedKeySource}). */
    static final Duration KEYS_MAX_AGE = Duration.ofMinutes(5);

    private final LambdaSettings settings;
    private final WorkerSettings worker;
    private final SendPacer.Ticker ticker;
    private final AwsClients clients;
    private final Clock clock;
    private final PrintStream log;
    private final KeySource keys;
    private final Archive archive;
    private final Ledger ledger;
    private final HandoffBodyCache bodies = new HandoffBodyCache();
    /** One pacer per SES region for the container's life: its booked time carries from job to job. */
    private final Map<String, SesTransport> transports = new ConcurrentHashMap<>();

    /** Called by the Lambda runtime, once per container. */
    public ReportWorkerHandler() {
        this(EntryPoint.start());
    }

    private ReportWorkerHandler(Map<String, String> env) {
        this(FunctionSettings.fromEnvironment(env), AwsClients.fromEnvironment(env), Clock.systemUTC(), System.out,
                SendPacer.Ticker.SYSTEM);
    }

    /**
     * Every dependency given: tests bind the clients to an emulator and fix the clock.
     *
     * @param ticker the pacer's time; the worker paces at {@code function.worker()}'s share of the SES rate
     */
    public ReportWorkerHandler(FunctionSettings function, AwsClients clients, Clock clock, PrintStream log,
                               SendPacer.Ticker ticker) {
        LambdaSettings settings = function.data();
        WorkerSettings worker = function.worker();
        this.settings = settings;
        this.worker = worker;
        this.ticker = ticker;
        this.clients = clients;
        this.clock = clock;
        this.log = log;
        this.keys = new CachedKeySource(new SsmKeySource(clients.ssm(), settings.configSsmPrefix()), clock,
                KEYS_MAX_AGE);
        this.archive = new S3Archive(clients.s3(), settings.handoffBucket(), settings.archivePrefix());
        this.ledger = new S3Ledger(clients.s3(), settings.handoffBucket(), settings.ledgerPrefix());
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String requestId = context == null ? null : context.getAwsRequestId();
        List<String> failed = new ArrayList<>();
        for (SqsBatch.Message message : SqsBatch.parse(input.readAllBytes())) {
            JsonLogRunListener listener = new JsonLogRunListener(log, requestId);
            if (!work(message, listener)) {
                failed.add(message.messageId());
            }
        }
        output.write(SqsBatch.response(failed));
    }

    /** True when the job is done with: its report delivered, skipped by the ledger, or dry-run. */
    private boolean work(SqsBatch.Message message, JsonLogRunListener listener) {
        try {
            Job job = ReportJobJson.read(message.body());
            return run(job, listener).exitCode() == ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            listener.jobFailed(message.messageId(), message.receiveCount(), e);
            return false;
        }
    }

    private RunSummary run(Job job, JsonLogRunListener listener) throws IOException {
        Map<String, String> values = keys.load();
        // a source per run: only what this run lists may come from the container's cache
        S3HandoffSource source = new S3HandoffSource(clients.s3(), settings.handoffBucket(), settings.handoffPrefix(),
                bodies);
        ReportRun run = new ReportRun(new ReportPackager(clock), transport(values.get(DeliveryConfig.REGION)),
                new ReportSummaryArchive(archive, job.reportId()), ledger, listener, clock);
        return new ReportWorker(source, KeySource.loaded(keys.describe(), values), run).work(job);
    }

    /**
     * SES in the keys' region, paced at this worker's share of the account's send rate, read once
     * per container at its first send: the workers run in separate containers and share nothing but
     * the account, so each keeps to its share and together they keep to the rate (docs/aws.md).
     */
    private Transport transport(String region) {
        String key = region == null ? "" : region;
        return transports.computeIfAbsent(key, r -> {
            SesClient ses = clients.ses(region);
            return new SesTransport(ses, SendPacer.share(ticker, () -> SesTransport.maxSendRate(ses),
                    worker.concurrency()));
        });
    }
}
