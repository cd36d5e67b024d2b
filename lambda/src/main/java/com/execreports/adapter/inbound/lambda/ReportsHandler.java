package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.adapter.outbound.aws.S3Archive;
import com.execreports.adapter.outbound.aws.S3HandoffSource;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.adapter.outbound.aws.SqsReportQueue;
import com.execreports.adapter.outbound.aws.SsmKeySource;
import com.execreports.adapter.outbound.aws.inspect.AwsAccountInspector;
import com.execreports.application.DeliveryConfig;
import com.execreports.application.ExitCodes;
import com.execreports.application.ReportDispatcher;
import com.execreports.application.InspectionConfig;
import com.execreports.application.CheckedRun;
import com.execreports.application.ReportRun;
import com.execreports.application.RunPreflight;
import com.execreports.engine.pack.ReportPackager;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.SummaryJson;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * The Lambda entry point ({@code com.execreports.adapter.inbound.lambda.ReportsHandler::handleRequest}):
 * one run per invocation (SPEC §6), returning {@code summary.json}. A run that cannot start
 * (configuration) or did not deliver everything (failed, in doubt) ends the invocation with an
 * error, so the function's alarm and failure destination see it; the summary is archived first.
 *
 * <p>With fan-out deployed, a run of more reports than the threshold is checked here exactly as
 * any run, then handed to {@link ReportWorkerHandler}s through the report queue, one job per report.
 */
public class ReportsHandler implements RequestStreamHandler {
    private final AwsClients clients;
    private final Clock clock;
    private final PrintStream log;
    private final HandoffSource source;
    private final KeySource keys;
    private final Archive archive;
    private final Ledger ledger;
    private final FanOutSettings fanOut;
    private final SendPacer.Ticker ticker;
    private final InspectionConfig inspection;
    private final InspectionClients inspectionClients;

    /** Called by the Lambda runtime, once per container: the SDK clients live as long as it does. */
    public ReportsHandler() {
        this(EntryPoint.start());
    }

    private ReportsHandler(Map<String, String> env) {
        this(FunctionSettings.fromEnvironment(env), AwsClients.fromEnvironment(env), Clock.systemUTC(), System.out,
                SendPacer.Ticker.SYSTEM);
    }

    /**
     * Every dependency given: tests bind the clients to an emulator, fix the clock and pass a
     * ticker that does not really sleep.
     *
     * @param ticker the time SES sends are paced by
     */
    public ReportsHandler(FunctionSettings function, AwsClients clients, Clock clock, PrintStream log,
                          SendPacer.Ticker ticker) {
        LambdaSettings settings = function.data();
        FanOutSettings fanOut = function.fanOut();
        InspectionConfig inspection = function.inspection();
        this.fanOut = fanOut;
        this.inspection = inspection;
        this.inspectionClients = new InspectionClients(clients);
        this.clients = clients;
        this.ticker = ticker;
        this.clock = clock;
        this.log = log;
        this.source = new S3HandoffSource(clients.s3(), settings.handoffBucket(), settings.handoffPrefix());
        this.keys = new SsmKeySource(clients.ssm(), settings.configSsmPrefix());
        this.archive = new S3Archive(clients.s3(), settings.handoffBucket(), settings.archivePrefix());
        this.ledger = new S3Ledger(clients.s3(), settings.handoffBucket(), settings.ledgerPrefix());
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonLogRunListener listener = new JsonLogRunListener(log, context == null ? null : context.getAwsRequestId());
        RunRequest request = null;
        RunSummary summary;
        try {
            request = InvocationEvent.parse(input.readAllBytes(), clock);
            summary = run(request, listener);
        } catch (IOException | RuntimeException e) {
            listener.runFailed(request == null ? null : request.period(), e);
            throw e;
        }
        output.write(SummaryJson.write(summary));
        if (summary.exitCode() == ExitCodes.DELIVERY_FAILED) {
            throw new ReportsNotDeliveredException(summary, archive.describe());
        }
    }

    private RunSummary run(RunRequest request, JsonLogRunListener listener) throws IOException {
        // keys are read here once: the SES region is one of them, and the run gets the same map
        Map<String, String> values = keys.load();
        SesClient ses = clients.ses(values.get(DeliveryConfig.REGION));
        KeySource loaded = KeySource.loaded(keys.describe(), values);
        SesTransport transport = new SesTransport(ses, SendPacer.at(ticker, () -> SesTransport.maxSendRate(ses)));
        CheckedRun checked = new RunPreflight(source, loaded, transport).check(request);
        if (fanOut.dispatches(checked.reports().size())) {
            SqsReportQueue queue = new SqsReportQueue(clients.sqs(), fanOut.queueUrl().orElseThrow());
            return new ReportDispatcher(queue, archive, listener).dispatch(checked);
        }
        InspectionConfig inspect = inspection.withKeys(values);
        if (inspect.enabled()) {
            checked = checked.inspected(new AwsAccountInspector(inspectionClients, ses, inspect.tagKey()));
        }
        return new ReportRun(new ReportPackager(clock), transport, archive, ledger, listener, clock).deliver(checked);
    }
}
