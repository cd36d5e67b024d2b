package com.execreports.testing;

import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.application.port.HandoffSource.SourceFile;
import com.execreports.domain.Handoff;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.HandoffFiles;
import com.execreports.engine.Portfolio;
import com.execreports.engine.ScopedView;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.report.Report;
import com.execreports.engine.report.ReportBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
            FolderHandoffSource source = new FolderHandoffSource(RepoPaths.data(), "data");
            ReportsConfig config = new ReportsConfigParser().parse(source.read(ReportsConfigParser.FILE));
            HandoffParser parser = new HandoffParser();
            List<Handoff> handoffs = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            for (SourceFile file : source.list()) {
                if (HandoffFiles.isHandoff(file.path())) {
                    HandoffParser.Parsed parsed = parser.parse(file.path(), source.read(file.path()));
                    parsed.handoff().ifPresent(handoffs::add);
                    warnings.addAll(parsed.warnings());
                }
            }
            Portfolio portfolio = Portfolio.resolve(handoffs, warnings, SampleRun.PERIOD);
            return ids.stream().map(id -> ReportBuilder.buildFor(
                    ScopedView.of(portfolio, config.find(id).orElseThrow(), config.policies()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
