package com.execreports.application.port;

import com.execreports.application.RunSummary;
import com.execreports.application.RunSummary.ReportOutcome;

/** Progress of a run: stderr lines on the command line, JSON log lines on Lambda. */
public interface RunListener {
    void reportFinished(ReportOutcome outcome);

    void runFinished(RunSummary summary);
}
