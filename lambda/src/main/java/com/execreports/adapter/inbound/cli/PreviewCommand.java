package com.execreports.adapter.inbound.cli;

import com.execreports.domain.ReportFiles;
import com.execreports.domain.ReportingPeriod;
import com.execreports.application.RunSummary;
import com.execreports.application.SummaryJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code preview}: writes {@code <outbox>/<period>/index.html}, one page that lists every report of
 * a run with its recipients and status and shows each report as its recipients see it. Reads
 * only what the run wrote ({@code summary.json}, {@code <id>.json}, {@code <id>.html}); sends nothing.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Write an index.html that shows every report of a run, for review in a browser.")
final class PreviewCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--outbox", paramLabel = "DIR", defaultValue = "out",
            description = "The outbox the run wrote to (default: ${DEFAULT-VALUE}).")
    Path outbox;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = RunCommand.PeriodConverter.class,
            description = "The run's month (default: the month before today, UTC).")
    ReportingPeriod period;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        ReportingPeriod month = period != null ? period : ReportingPeriod.before(clock);
        Path dir = outbox.resolve(month.toString());
        Path summary = dir.resolve(SummaryJson.FILE);
        if (!Files.isRegularFile(summary)) {
            throw new ParameterException(spec.commandLine(), "no run to preview: " + summary + " does not exist"
                    + " (run `exec-reports run --period " + month + " --outbox " + outbox + "` first)");
        }
        PreviewPage page = read(dir, SummaryJson.read(Files.readAllBytes(summary)), month);
        Path index = dir.resolve(ReportFiles.INDEX);
        Files.writeString(index, new PreviewRenderer().render(page), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.println(index);
        out.flush();
        return 0;
    }

    static PreviewPage read(Path dir, RunSummary summary, ReportingPeriod month) throws IOException {
        List<PreviewPage.Entry> entries = new ArrayList<>();
        for (RunSummary.ReportOutcome r : summary.reports()) {
            String id = r.id();
            if (!ReportFiles.isReportId(id)) {
                continue; // not a report this program wrote: no file name is derived from it
            }
            entries.add(new PreviewPage.Entry(id, subject(dir.resolve(ReportFiles.json(id))), r.to(), r.cc(), r.bcc(),
                    r.status().name().toLowerCase(Locale.ROOT), r.error(),
                    existing(dir, ReportFiles.html(id)), existing(dir, ReportFiles.eml(id)),
                    existing(dir, ReportFiles.pdf(id))));
        }
        return new PreviewPage(month.toString(), entries, summary.warnings().size());
    }

    private static String subject(Path json) throws IOException {
        if (!Files.isRegularFile(json)) {
            return null;
        }
        JsonNode subject = JSON.readTree(json.toFile()).path("subject");
        return subject.isTextual() ? subject.asText() : null;
    }

    /** The file name, relative to the index page, when the run wrote that file. */
    private static String existing(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(name)) ? name : null;
    }
}
