package com.execreports.engine.render;

import com.execreports.engine.report.Chart;
import java.util.Base64;
import java.util.Map;

/**
 * Where the HTML finds a chart's picture, the one thing that differs between the HTML of the
 * email (a {@code cid:} reference to an inline part), the outbox page for a browser (a PNG file
 * beside it) and the PDF copy (a {@code data:} URI, so the PDF needs nothing outside itself).
 */
@FunctionalInterface
public interface ChartSource {
    String src(Chart chart);

    /** {@code cid:} references to the inline parts named by {@link #contentId}. */
    static ChartSource contentIds(String reportId, String period) {
        return chart -> "cid:" + contentId(reportId, period, chart);
    }

    /**
     * The Content-ID of a chart's inline part, without angle brackets: unique per report and
     * period, and stable, so the same report always yields the same HTML.
     */
    static String contentId(String reportId, String period, Chart chart) {
        return chart.name() + "." + reportId + "." + period + "@exec-reports";
    }

    /** PNG files beside the page: {@code <report id>.<chart name>.png} ({@link com.execreports.domain.ReportFiles}). */
    static ChartSource files(String reportId) {
        return chart -> fileName(reportId, chart);
    }

    static String fileName(String reportId, Chart chart) {
        return com.execreports.domain.ReportFiles.chart(reportId, chart.name());
    }

    /** The PNG bytes inline, by chart name. */
    static ChartSource dataUris(Map<String, byte[]> pngs) {
        return chart -> "data:image/png;base64," + Base64.getEncoder().encodeToString(pngs.get(chart.name()));
    }
}
