package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.adapter.inbound.RunSettings;
import com.execreports.adapter.inbound.Wiring;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.application.CheckedRun;
import com.execreports.application.ExitCodes;
import com.execreports.application.ReportDispatcher;
import com.execreports.application.ReportRun;
import com.execreports.application.RunKeys;
import com.execreports.application.RunPreflight;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.SummaryJson;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.ReportQueue;
import com.execreports.application.port.Transport;
import com.execreports.engine.pack.ReportPackager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

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
    private final Wiring wiring;
    private final Clock clock;
    private final PrintStream log;
    private final HandoffSource source;
    private final KeySource keys;
    private final Archive archive;
    private final Ledger ledger;

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
    public ReportsHandler(RunSettings settings, AwsClients clients, Clock clock, PrintStream log,
                          SendPacer.Ticker ticker) {
        this.wiring = new Wiring(settings, clients, ticker);
        this.clock = clock;
        this.log = log;
        this.source = wiring.handoffSource();
        this.keys = wiring.keySource();
        this.archive = wiring.archive();
        this.ledger = wiring.ledger();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonLogRunListener listener = new JsonLogRunListener(log, context == null ? null : context.getAwsRequestId());
        RunRequest request = null;
        RunSummary summary;
        try {
            request = InvocationEvent.parse(input.readAllBytes(), clock);
            summary = run(request, listener);
        } catch (Throwable e) {
            // any Throwable, Errors included (out of memory, a broken native library): the log
            // says the run failed before the runtime reports the invocation as failed
            listener.runFailed(request == null ? null : request.period(), e);
            throw e;
        }
        output.write(SummaryJson.write(summary));
        if (summary.exitCode() == ExitCodes.DELIVERY_FAILED) {
            throw new ReportsNotDeliveredException(summary, archive.describe());
        }
    }

    private RunSummary run(RunRequest request, JsonLogRunListener listener) throws IOException {
        // the keys are read once per run, by the first part that needs them (the transport, for its SES region)
        KeySource runKeys = RunKeys.once(keys);
        Transport transport = wiring.transport(runKeys);
        CheckedRun checked = new RunPreflight(source, runKeys, transport).check(request);
        Optional<ReportQueue> queue = wiring.queueFor(checked.reports().size());
        if (queue.isPresent()) {
            return new ReportDispatcher(queue.get(), archive, listener).dispatch(checked);
        }
        Optional<AccountInspector> inspector = wiring.inspector(runKeys);
        if (inspector.isPresent()) {
            checked = checked.inspected(inspector.get());
        }
        return new ReportRun(new ReportPackager(clock), transport, archive, ledger, listener, clock).deliver(checked);
    }
}
