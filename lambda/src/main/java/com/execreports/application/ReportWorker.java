package com.execreports.application;

import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.ReportQueue.Job;
import java.util.List;

/**
 * The fan-out half that builds and sends: one queued job, one report, checked again (the
 * configuration may have changed since the dispatch) but without the transport's preflight, which
 * the dispatcher made for the whole run, then delivered by the same {@link ReportRun} loop and the
 * same ledger as every other run, so a job handed out twice never sends its report twice.
 *
 * <p>How fast it sends is the transport's, passed in by the entry point: with several workers at
 * once against one SES account, each transport paces at its share of the account's rate.
 */
public final class ReportWorker {
    private final RunPreflight preflight;
    private final ReportRun run;

    /** @param run the delivery loop with the worker's transport, archive and ledger */
    public ReportWorker(HandoffSource source, KeySource keys, ReportRun run) {
        this.preflight = RunPreflight.withoutTransport(source, keys);
        this.run = run;
    }

    /** Builds and delivers the job's report; its outcome is the summary's only report. */
    public RunSummary work(Job job) {
        List<String> only = List.of(job.reportId());
        RunRequest request = new RunRequest(job.period(), only, job.dryRun(), job.resend() ? only : List.of());
        return run.deliver(preflight.check(request));
    }
}
