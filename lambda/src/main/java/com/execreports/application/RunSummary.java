package com.execreports.application;

import com.execreports.domain.Warning;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a run (SPEC §5 {@code summary.json}): one outcome per selected report and every
 * warning, each naming its file and line; and how the previous month's reports fared, when the
 * ledger has them ({@code null} otherwise).
 */
public record RunSummary(ReportingPeriod period, List<ReportOutcome> reports, List<Warning> warnings,
                         @Nullable LocalDate asOf, @Nullable PeriodReview previous) {

    public enum Status { SENT, SKIPPED, FAILED, IN_DOUBT }

    /**
     * @param messageId the Message-ID header value; {@code null} when nothing was sent
     * @param providerMessageId the transport's own id (SES message id); {@code null} when none
     * @param error why delivery failed or was skipped; {@code null} on success
     */
    public record ReportOutcome(String id, List<String> to, List<String> cc, List<String> bcc, Status status,
                                @Nullable String messageId, @Nullable String providerMessageId,
                                @Nullable String error) {
        public ReportOutcome {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            bcc = List.copyOf(bcc);
        }
    }

    public RunSummary {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }

    /** A summary without an as-of date (runs that built nothing). */
    public RunSummary(ReportingPeriod period, List<ReportOutcome> reports, List<Warning> warnings) {
        this(period, reports, warnings, null, null);
    }

    /** A summary with its as-of date, without a look back at last month. */
    public RunSummary(ReportingPeriod period, List<ReportOutcome> reports, List<Warning> warnings, @Nullable LocalDate asOf) {
        this(period, reports, warnings, asOf, null);
    }

    public long count(Status status) {
        return reports.stream().filter(r -> r.status() == status).count();
    }

    /** SPEC §5: 0 all delivered (or skipped as already sent), 3 when any failed or is in doubt. */
    public int exitCode() {
        return count(Status.FAILED) + count(Status.IN_DOUBT) > 0 ? ExitCodes.DELIVERY_FAILED : ExitCodes.OK;
    }
}
