package com.execreports.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.execreports.adapter.out.aws.AwsClients;
import com.execreports.adapter.out.aws.InspectionClients;
import com.execreports.adapter.out.aws.S3Archive;
import com.execreports.adapter.out.aws.S3HandoffSource;
import com.execreports.adapter.out.aws.S3Ledger;
import com.execreports.adapter.out.aws.SesTransport;
import com.execreports.adapter.out.aws.SsmKeySource;
import com.execreports.adapter.out.aws.inspect.AwsAccountInspector;
import com.execreports.application.DeliveryConfig;
import com.execreports.application.ExitCodes;
import com.execreports.application.InspectionConfig;
import com.execreports.application.ReportRun;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.SummaryJson;
import com.execreports.application.port.out.Archive;
import com.execreports.application.port.out.HandoffSource;
import com.execreports.application.port.out.KeySource;
import com.execreports.application.port.out.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * The Lambda entry point ({@code com.execreports.adapter.in.lambda.ReportsHandler::handleRequest}):
 * one run per invocation (SPEC §6), returning {@code summary.json}. A run that cannot start
 * (configuration) or did not deliver everything (failed, in doubt) ends the invocation with an
 * error, so the function's alarm and failure destination see it; the summary is archived first.
 */
public class ReportsHandler implements RequestStreamHandler {
    private final AwsClients clients;
    private final Clock clock;
    private final PrintStream log;
    private final HandoffSource source;
    private final KeySource keys;
    private final Archive archive;
    private final Ledger ledger;
    private final InspectionConfig inspection;
    private final InspectionClients inspectionClients;

    /** Called by the Lambda runtime, once per container: the SDK clients live as long as it does. */
    public ReportsHandler() {
        this(LambdaSettings.fromEnvironment(System.getenv()), InspectionConfig.fromEnvironment(System.getenv()),
                AwsClients.fromEnvironment(), Clock.systemUTC(), System.out);
    }

    /** With the dependencies given: tests bind the clients to an emulator and fix the clock. */
    public ReportsHandler(LambdaSettings settings, AwsClients clients, Clock clock, PrintStream log) {
        this(settings, InspectionConfig.OFF, clients, clock, log);
    }

    /**
     * @param inspection whether the deployment inspects the AWS account ({@code INSPECT_AWS}); the
     *                   configuration keys may override it per run
     */
    public ReportsHandler(LambdaSettings settings, InspectionConfig inspection, AwsClients clients, Clock clock,
                          PrintStream log) {
        this.inspection = inspection;
        this.inspectionClients = new InspectionClients(clients);
        this.clients = clients;
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
        ReportRun run = new ReportRun(source, loaded, new SesTransport(ses), archive, ledger, listener, clock);
        InspectionConfig inspect = inspection.withKeys(values);
        if (inspect.enabled()) {
            run = run.inspecting(new AwsAccountInspector(inspectionClients, ses, inspect.tagKey()));
        }
        return run.run(request);
    }
}
