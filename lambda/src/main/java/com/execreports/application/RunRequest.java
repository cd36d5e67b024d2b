package com.execreports.application;

import com.execreports.engine.ScopedView;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/**
 * What to run: the report period, the report ids to limit the run to (empty = all), whether to
 * build and archive without delivering, and the reports to send again on purpose even though the
 * ledger says they went out (or may have), and the as-of date overdue actions are judged against.
 */
public record RunRequest(ReportingPeriod period, List<String> only, boolean dryRun, List<String> resend, LocalDate asOf) {
    public RunRequest {
        Objects.requireNonNull(period, "period");
        only = List.copyOf(only);
        resend = List.copyOf(resend);
        asOf = asOf == null ? ScopedView.defaultAsOf(period) : asOf;
    }

    /** A run as of the first day after the period: the day a scheduled run goes out (SPEC §8.2). */
    public RunRequest(ReportingPeriod period, List<String> only, boolean dryRun, List<String> resend) {
        this(period, only, dryRun, resend, null);
    }

    public RunRequest(ReportingPeriod period, List<String> only, boolean dryRun) {
        this(period, only, dryRun, List.of());
    }
}
