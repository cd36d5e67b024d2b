package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.Archive;
import com.execreports.application.port.ReportQueue;
import com.execreports.application.port.ReportQueue.Job;
import com.execreports.application.port.RunListener;
import com.execreports.domain.ReportDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fan-out half of a large run: a run already {@linkplain RunPreflight checked} in full is
 * handed to workers as one queued job per report, instead of being built here. Each worker runs
 * that one report through {@link ReportRun} with the same ledger, so a job delivered twice, or a
 * dispatch repeated after a failure, never sends a report twice.
 *
 * <p>The summary lists every dispatched report as {@code skipped} with the reason (SPEC §5 has no
 * status for "handed on"); each worker archives its report's outcome as
 * {@code <id>.summary.json}.
 */
public final class ReportDispatcher {
    /** The {@code error} of a dispatched report in the dispatcher's summary. */
    public static final String DISPATCHED = "dispatched to the report queue; a worker builds and sends it"
            + " (outcome in <id>.summary.json)";

    private final ReportQueue queue;
    private final Archive archive;
    private final RunListener listener;

    public ReportDispatcher(ReportQueue queue, Archive archive, RunListener listener) {
        this.queue = queue;
        this.archive = archive;
        this.listener = listener;
    }

    /**
     * Enqueues one job per report, then archives {@code summary.json}. When the queue refuses some
     * jobs, the run fails: run it again (the schedule's retry does) and the ledger skips whatever
     * the jobs that did go out have sent.
     */
    public RunSummary dispatch(CheckedRun checked) {
        RunRequest request = checked.request();
        List<Job> jobs = new ArrayList<>();
        List<ReportOutcome> outcomes = new ArrayList<>();
        for (ReportDefinition report : checked.reports()) {
            jobs.add(new Job(request.period(), report.id(), request.resend().contains(report.id()), request.dryRun()));
            DeliveryConfig.Recipients to = checked.delivery().recipientsOf(report.id());
            outcomes.add(new ReportOutcome(report.id(), to.to(), to.cc(), checked.delivery().bccList(), Status.SKIPPED,
                    null, null, DISPATCHED.replace("<id>", report.id())));
        }
        try {
            queue.send(jobs);
            RunSummary summary = new RunSummary(request.period(), outcomes, checked.warnings());
            archive.write(request.period().toString(), SummaryJson.FILE, SummaryJson.write(summary));
            outcomes.forEach(listener::reportFinished);
            listener.runFinished(summary);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
