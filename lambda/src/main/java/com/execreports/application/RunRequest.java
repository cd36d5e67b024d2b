package com.execreports.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What to run: the report period, the report ids to limit the run to (empty = all), and whether
 * to build and archive without delivering.
 */
public record RunRequest(YearMonth period, List<String> only, boolean dryRun) {
    public RunRequest {
        Objects.requireNonNull(period, "period");
        only = List.copyOf(only);
    }
}
