package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.adapter.inbound.RunSettings;
import com.execreports.adapter.inbound.Wiring;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.HandoffBodyCache;
import com.execreports.adapter.outbound.aws.ReportJobJson;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.application.ExitCodes;
import com.execreports.application.ReportRun;
import com.execreports.application.ReportWorker;
import com.execreports.application.RunKeys;
import com.execreports.application.RunSummary;
import com.execreports.application.port.Archive;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.ReportQueue.Job;
import com.execreports.engine.pack.ReportPackager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * <p>The event and the response are aws-lambda-java-events' {@code SQSEvent} and
 * {@code SQSBatchResponse}, read and written by {@link SqsBatch}.
 */
public class ReportWorkerHandler implements RequestStreamHandler {
    /** How long a worker container reuses the keys it read (see {@link CachedKeySource}). */
    static final Duration KEYS_MAX_AGE = Duration.ofMinutes(5);

    private final Wiring wiring;
    private final Clock clock;
    private final PrintStream log;
    private final KeySource keys;
    private final Archive archive;
    private final Ledger ledger;
    private final HandoffBodyCache bodies = new HandoffBodyCache();

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
     * @param ticker the pacer's time; the worker paces at {@code settings.worker()}'s share of the SES rate
     */
    public ReportWorkerHandler(RunSettings settings, AwsClients clients, Clock clock, PrintStream log,
                               SendPacer.Ticker ticker) {
        this.wiring = new Wiring(settings, clients, ticker);
        this.clock = clock;
        this.log = log;
        this.keys = new CachedKeySource(wiring.keySource(), clock, KEYS_MAX_AGE);
        this.archive = wiring.archive();
        this.ledger = wiring.ledger();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String requestId = context == null ? null : context.getAwsRequestId();
        List<String> failed = new ArrayList<>();
        try {
            for (SQSMessage message : SqsBatch.parse(input.readAllBytes())) {
                JsonLogRunListener listener = new JsonLogRunListener(log, requestId);
                if (!work(message, listener)) {
                    failed.add(message.getMessageId());
                }
            }
        } catch (Throwable e) {
            // not a batch at all, or an Error (out of memory…) that no job can be blamed for: the
            // whole batch is offered again, and the log says why
            new JsonLogRunListener(log, requestId).runFailed(null, e);
            throw e;
        }
        output.write(SqsBatch.write(SqsBatch.response(failed)));
    }

    /** True when the job is done with: its report delivered, skipped by the ledger, or dry-run. */
    private boolean work(SQSMessage message, JsonLogRunListener listener) {
        try {
            Job job = ReportJobJson.read(message.getBody());
            return run(job, listener).exitCode() == ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            listener.jobFailed(message.getMessageId(), SqsBatch.receiveCount(message), e);
            return false;
        }
    }

    private RunSummary run(Job job, JsonLogRunListener listener) throws IOException {
        RunKeys values = RunKeys.read(keys);
        ReportRun run = new ReportRun(new ReportPackager(clock), wiring.workerTransport(values),
                new ReportSummaryArchive(archive, job.reportId()), ledger, listener, clock);
        // a source per run: only what this run lists may come from the container's cache
        return new ReportWorker(wiring.handoffSource(bodies), values, run).work(job);
    }
}
