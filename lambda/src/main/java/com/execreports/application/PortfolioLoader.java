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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        List<SourceFile> toRead = new ArrayList<>();
        for (SourceFile file : source.list()) {
            if (file.problem() != null) {
                if (file.path().endsWith("/") ? HandoffFiles.isHandoffFolder(file.path())
                        : HandoffFiles.isHandoff(file.path())) {
                    warnings.add(Warning.of(file.path().isEmpty() ? source.describe() : file.path(),
                            file.path().endsWith("/") ? "folder " + file.problem() + "; its handoffs are skipped"
                                    : file.problem()));
                    claimByName(file, named).ifPresent(c -> unusable.add(unusable(c)));
                }
                continue;
            }
            if (!HandoffFiles.isHandoff(file.path())) {
                continue;
            }
            if (file.size() > HandoffParser.MAX_BYTES) {
                // refused on its listed size: the body is never read
                warnings.add(Warning.of(file.path(), "larger than 1 MiB; file refused"));
                claimByName(file, named).ifPresent(c -> unusable.add(unusable(c)));
                continue;
            }
            toRead.add(file);
        }
        // read and parse on every core (a 1,000-entity portfolio: 3.5 s on one C1 thread), then take
        // the results in the listing's order, so warnings and handoffs come out as they always did
        for (Read read : readAll(toRead)) {
            SourceFile file = read.file();
            if (read.failure() != null) {
                // deleted, locked or replaced since it was listed: this file only
                warnings.add(Warning.of(file.path(), "cannot be read (" + Printable.reason(read.failure())
                        + "); file skipped"));
                claimByName(file, named).ifPresent(c -> unusable.add(unusable(c)));
                continue;
            }
            HandoffParser.Parsed parsed = read.parsed();
            parsed.handoff().ifPresent(handoffs::add);
            parsed.claimed().or(() -> claimByName(file, named))
                    .filter(c -> parsed.handoff().isEmpty())
                    .ifPresent(c -> unusable.add(unusable(c)));
            warnings.addAll(parsed.warnings());
        }
        return Portfolio.resolve(handoffs, warnings, period, unusable);
    }

    /** One handoff read and parsed, or the reason it could not be read. */
    private record Read(SourceFile file, HandoffParser.Parsed parsed, IOException failure) {}

    private List<Read> readAll(List<SourceFile> files) throws IOException {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<Read> reads = new ArrayList<>();
            for (SourceFile file : files) {
                reads.add(read(file));
            }
            return reads;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "read-handoffs");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Read>> futures = new ArrayList<>();
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> read(file)));
            }
            List<Read> reads = new ArrayList<>();
            for (Future<Read> future : futures) {
                reads.add(join(future));
            }
            return reads;
        } finally {
            pool.shutdownNow();
        }
    }

    private Read read(SourceFile file) {
        byte[] bytes;
        try {
            bytes = source.read(file.path());
        } catch (IOException e) {
            return new Read(file, null, e);
        }
        return new Read(file, parser.parse(file.path(), bytes), null);
    }

    /** The result, or what the task threw, as if it had run on this thread. */
    private static Read join(Future<Read> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the handoffs");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.Optional<HandoffParser.Claim> claimByName(SourceFile file, Set<String> named) {
        return HandoffParser.claimByName(file.path()).filter(c -> named.contains(c.entity()));
    }

    private static Portfolio.Unusable unusable(HandoffParser.Claim c) {
        return new Portfolio.Unusable(c.entity(), c.name(), c.file());
    }
}
