package com.execreports.testing;

import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.application.PortfolioLoader;
import com.execreports.domain.ReportsConfig;
import com.execreports.engine.Portfolio;
import com.execreports.engine.ScopedView;
import com.execreports.engine.report.Report;
import com.execreports.engine.report.ReportBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled sample reports built in memory by the engine, for tests that need the built {@link Report}. */
public final class SampleReports {
    private SampleReports() {}

    public static Report build(String id) {
        return build(List.of(id)).get(0);
    }

    /** The reports of {@code ids}, the sample data read once. */
    public static List<Report> build(List<String> ids) {
        try {
            PortfolioLoader loader = new PortfolioLoader(new FolderHandoffSource(RepoPaths.data(), "data"));
            ReportsConfig config = loader.reportsConfig();
            Portfolio portfolio = loader.load(SampleRun.PERIOD).asOf(ScopedView.defaultAsOf(SampleRun.PERIOD));
            return ids.stream().map(id -> ReportBuilder.buildFor(ScopedView.of(portfolio, config.find(id).orElseThrow(),
                    config.policies(), config.roadmap()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
