package com.execreports.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What to run: the report period, the report ids to limit the run to (empty = all), whether to
 * build and archive without delivering, and the reports to send again on purpose even though the
 * ledger says they went out (or may have).
 */
public record RunRequest(YearMonth period, List<String> only, boolean dryRun, List<String> resend) {
    public RunRequest {
        Objects.requireNonNull(period, "period");
        only = List.copyOf(only);
        resend = List.copyOf(resend);
    }

    public RunRequest(YearMonth period, List<String> only, boolean dryRun) {
        this(period, only, dryRun, List.of());
    }
}
