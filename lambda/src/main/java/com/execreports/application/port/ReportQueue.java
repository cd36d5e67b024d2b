package com.execreports.application.port;

import java.io.IOException;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/**
 * Where a dispatching run hands its reports to workers, one job per report: an SQS queue on AWS.
 * A job may be delivered more than once; the ledger makes a repeat harmless.
 */
public interface ReportQueue {
    /** One report of one run: what a worker needs to build and deliver it on its own. */
    /** @param asOf the run's as-of date (SPEC §8.2); {@code null} = the first day after the period */
    record Job(ReportingPeriod period, String reportId, boolean resend, boolean dryRun, java.time.LocalDate asOf) {
        public Job {
            Objects.requireNonNull(period, "period");
            if (reportId == null || reportId.isBlank()) {
                throw new IllegalArgumentException("a job names its report");
            }
        }

        public Job(ReportingPeriod period, String reportId, boolean resend, boolean dryRun) {
            this(period, reportId, resend, dryRun, null);
        }
    }

    /** Where jobs go, for messages. */
    String describe();

    /**
     * Enqueues every job. When some cannot be enqueued, the others still are, and the exception
     * names the ones that were not.
     */
    void send(List<Job> jobs) throws IOException;
}
