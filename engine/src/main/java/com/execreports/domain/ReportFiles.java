package com.execreports.domain;

/**
 * Every file name a run derives from a report id, in one place (issue 16). A report id is
 * {@code [a-z0-9-]+}, at most 64 characters and never {@code summary}, {@code index} or
 * {@code ledger} ({@link ReportDefinition#problemWithId}); every name here puts a '.' right after
 * the id, which an id cannot contain, so two reports of a run never share a file name and no report
 * overwrites the run's own {@code summary.json}, {@code index.html} or {@code ledger/}.
 */
public final class ReportFiles {
    /** The run's summary, beside the reports. */
    public static final String SUMMARY = "summary.json";
    /** The preview page of a run. */
    public static final String INDEX = "index.html";

    private ReportFiles() {}

    /** The complete message as sent. */
    public static String eml(String id) {
        return checked(id) + ".eml";
    }

    /** The HTML page for a browser. */
    public static String html(String id) {
        return checked(id) + ".html";
    }

    /** The report's data. */
    public static String json(String id) {
        return checked(id) + ".json";
    }

    /** The PDF copy, archived and attached under this name. */
    public static String pdf(String id) {
        return checked(id) + ".pdf";
    }

    /** A chart's picture beside the page: {@code <id>.<chart>.png}. */
    public static String chart(String id, String chartName) {
        return checked(id) + "." + chartName + ".png";
    }

    /** The report's entry in the delivery ledger's period folder. */
    public static String ledgerEntry(String id) {
        return checked(id) + ".json";
    }

    /** A Lambda worker's one-report summary, beside the dispatcher's {@link #SUMMARY}. */
    public static String workerSummary(String id) {
        return checked(id) + ".summary.json";
    }

    /** Whether {@code id} is a report id a file name may be derived from. */
    public static boolean isReportId(String id) {
        return ReportDefinition.problemWithId(id) == null;
    }

    private static String checked(String id) {
        String problem = ReportDefinition.problemWithId(id);
        if (problem != null) {
            throw new IllegalArgumentException("no file name for a report id that " + problem);
        }
        return id;
    }
}
