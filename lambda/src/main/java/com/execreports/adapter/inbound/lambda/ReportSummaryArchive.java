package com.execreports.adapter.inbound.lambda;

import com.execreports.application.SummaryJson;
import com.execreports.application.port.Archive;
import java.io.IOException;

/**
 * A worker's archive: the summary of its one-report run goes to {@code <id>.summary.json}, so that
 * workers never overwrite the dispatcher's {@code summary.json} or one another's.
 */
record ReportSummaryArchive(Archive archive, String reportId) implements Archive {
    static String fileFor(String reportId) {
        return com.execreports.domain.ReportFiles.workerSummary(reportId);
    }

    @Override
    public String describe() {
        return archive.describe();
    }

    @Override
    public void write(String period, String name, byte[] content) throws IOException {
        archive.write(period, name.equals(SummaryJson.FILE) ? fileFor(reportId) : name, content);
    }
}
