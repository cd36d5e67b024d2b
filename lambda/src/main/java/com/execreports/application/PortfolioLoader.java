package com.execreports.application;

import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.HandoffSource.SourceFile;
import com.execreports.domain.ConfigurationException;
import com.execreports.domain.Handoff;
import com.execreports.domain.Printable;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.HandoffFiles;
import com.execreports.engine.Portfolio;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.ReportsConfigParser;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        } catch (java.nio.file.FileSystemException e) {
            // a folder, a link out of the data folder, no permission: the user's to fix (exit 2); an
            // unavailable service (S3) is not configuration and stays an error of its own
            throw new ConfigurationException(source.describe() + ": " + ReportsConfigParser.FILE + " cannot be read ("
                    + Printable.reason(e) + ")");
        }
    }

    /**
     * Every handoff of the source, each entity at its latest period up to {@code period}. A file
     * that cannot be used is a warning naming it, never a stop.
     */
    public Portfolio load(ReportingPeriod period) throws IOException {
        return load(period, null);
    }

    /**
     * Every handoff, each on its own: a file that cannot be listed, read or parsed becomes a
     * warning with the real reason and costs only the entity it was meant for (issue 16).
     *
     * @param config the reports, when known: a file that could not be read at all is taken for the
     *               entity of its name only when a report names that entity, never a made-up one
     */
    public Portfolio load(ReportingPeriod period, ReportsConfig config) throws IOException {
        Set<String> named = new HashSet<>();
        if (config != null) {
            config.reports().forEach(r -> named.addAll(r.entities()));
        }
        List<Handoff> handoffs = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<Portfolio.Unusable> unusable = new ArrayList<>();
        for (SourceFile file : source.list()) {
            if (file.problem() != null) {
                if (file.path().endsWith("/") ? HandoffFiles.isHandoffFolder(file.path())
                        : HandoffFiles.isHandoff(file.path())) {
                    warnings.add(Warning.of(file.path().isEmpty() ? source.describe() : file.path(),
                            file.path().endsWith("/") ? "folder " + file.problem() + "; its handoffs are skipped"
                                    : file.problem()));
                    HandoffParser.claimByName(file.path()).filter(c -> named.contains(c.entity()))
                            .ifPresent(c -> unusable.add(unusable(c)));
                }
                continue;
            }
            if (!HandoffFiles.isHandoff(file.path())) {
                continue;
            }
            if (file.size() > HandoffParser.MAX_BYTES) {
                // refused on its listed size: the body is never read
                warnings.add(Warning.of(file.path(), "larger than 1 MiB; file refused"));
                HandoffParser.claimByName(file.path()).filter(c -> named.contains(c.entity()))
                        .ifPresent(c -> unusable.add(unusable(c)));
                continue;
            }
            byte[] bytes;
            try {
                bytes = source.read(file.path());
            } catch (IOException e) {
                // deleted, locked or replaced since it was listed: this file only
                warnings.add(Warning.of(file.path(), "cannot be read (" + Printable.reason(e) + "); file skipped"));
                HandoffParser.claimByName(file.path()).filter(c -> named.contains(c.entity()))
                        .ifPresent(c -> unusable.add(unusable(c)));
                continue;
            }
            HandoffParser.Parsed parsed = parser.parse(file.path(), bytes);
            parsed.handoff().ifPresent(handoffs::add);
            parsed.claimed().or(() -> HandoffParser.claimByName(file.path()).filter(c -> named.contains(c.entity())))
                    .filter(c -> parsed.handoff().isEmpty())
                    .ifPresent(c -> unusable.add(unusable(c)));
            warnings.addAll(parsed.warnings());
        }
        return Portfolio.resolve(handoffs, warnings, period, unusable);
    }

    private static Portfolio.Unusable unusable(HandoffParser.Claim c) {
        return new Portfolio.Unusable(c.entity(), c.name(), c.file());
    }
}
