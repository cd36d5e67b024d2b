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

/** The bundled sample reports built in memory by the engine, for tests that need the built {@link Report}. */
public final class SampleReports {
    private SampleReports() {}

    public static Report build(String id) {
        try {
            PortfolioLoader loader = new PortfolioLoader(new FolderHandoffSource(RepoPaths.data(), "data"));
            ReportsConfig config = loader.reportsConfig();
            Portfolio portfolio = loader.load(SampleRun.PERIOD).asOf(ScopedView.defaultAsOf(SampleRun.PERIOD));
            return ReportBuilder.buildFor(ScopedView.of(portfolio, config.find(id).orElseThrow(), config.policies(),
                    config.roadmap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
