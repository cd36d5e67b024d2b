package com.execreports.adapter.inbound.lambda;

import com.execreports.application.RunSummary;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import java.util.Locale;
import java.util.stream.Collectors;

/** Ends an invocation whose run left reports failed or in doubt (exit status 3 on the command line). */
public final class ReportsNotDeliveredException extends RuntimeException {
    ReportsNotDeliveredException(RunSummary summary, String archive) {
        super(message(summary, archive));
    }

    private static String message(RunSummary summary, String archive) {
        String reports = summary.reports().stream()
                .filter(r -> r.status() == Status.FAILED || r.status() == Status.IN_DOUBT)
                .map(ReportsNotDeliveredException::describe)
                .collect(Collectors.joining("; "));
        long count = summary.count(Status.FAILED) + summary.count(Status.IN_DOUBT);
        return count + " of " + summary.reports().size() + " reports for " + summary.period() + " not delivered: "
                + reports + " (summary: " + archive + summary.period() + "/summary.json)";
    }

    private static String describe(ReportOutcome r) {
        return r.id() + " " + r.status().name().toLowerCase(Locale.ROOT) + (r.error() == null ? "" : " (" + r.error() + ")");
    }
}
