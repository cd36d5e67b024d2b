package com.execreports.adapter.inbound.cli;

import com.execreports.application.RunSummary;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.RunListener;
import com.execreports.domain.Printable;
import com.execreports.domain.Warning;
import java.io.PrintWriter;
import java.util.Locale;

/** One line per report as it finishes, then the warnings and a line of counts, on stderr. */
final class StderrRunListener implements RunListener {
    private final PrintWriter err;

    StderrRunListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void reportFinished(ReportOutcome o) {
        String line = String.format(Locale.ROOT, "  %-28s %-8s to %d, cc %d, bcc %d", o.id(),
                o.status().name().toLowerCase(Locale.ROOT), o.to().size(), o.cc().size(), o.bcc().size());
        err.println(Printable.escape(o.error() == null ? line : line + " — " + o.error()));
    }

    @Override
    public void runFinished(RunSummary s) {
        for (Warning w : s.warnings()) {
            err.println("  warning: " + w.display());
        }
        err.printf(Locale.ROOT, "exec-reports: %d reports: %d sent, %d skipped, %d failed, %d in doubt; %d warnings%n",
                s.reports().size(), s.count(Status.SENT), s.count(Status.SKIPPED), s.count(Status.FAILED),
                s.count(Status.IN_DOUBT), s.warnings().size());
    }
}
