package com.execreports.application;

import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.HandoffSource.SourceFile;
import com.execreports.domain.ConfigurationException;
import com.execreports.domain.Handoff;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.HandoffFiles;
import com.execreports.engine.Portfolio;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.ReportsConfigParser;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads a handoff source: its {@code reports.yml} and its handoffs, resolved into the portfolio of a period. */
public final class PortfolioLoader {
    private final HandoffSource source;
    private final HandoffParser parser = new HandoffParser();

    public PortfolioLoader(HandoffSource source) {
        this.source = source;
    }

    /** The list of reports; a missing or invalid file is a {@link ConfigurationException}. */
    public ReportsConfig reportsConfig() throws IOException {
        try {
            return new ReportsConfigParser().parse(source.read(ReportsConfigParser.FILE));
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(source.describe() + ": no " + ReportsConfigParser.FILE
                    + " (the list of reports) beside the handoffs");
        }
    }

    /**
     * Every handoff of the source, each entity at its latest period up to {@code period}. A file
     * that cannot be used is a warning naming it, never a stop.
     */
    public Portfolio load(YearMonth period) throws IOException {
        List<Handoff> handoffs = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (SourceFile file : source.list()) {
            if (!HandoffFiles.isHandoff(file.path())) {
                continue;
            }
            if (file.size() > HandoffParser.MAX_BYTES) {
                // refused on its listed size: the body is never read
                warnings.add(Warning.of(file.path(), "larger than 1 MiB; file refused"));
                continue;
            }
            HandoffParser.Parsed parsed = parser.parse(file.path(), source.read(file.path()));
            parsed.handoff().ifPresent(handoffs::add);
            warnings.addAll(parsed.warnings());
        }
        return Portfolio.resolve(handoffs, warnings, period);
    }
}
