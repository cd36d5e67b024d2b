package com.execreports.testing;

import com.execreports.adapter.out.local.EnvFileKeySource;
import com.execreports.adapter.out.local.FolderArchive;
import com.execreports.adapter.out.local.FolderHandoffSource;
import com.execreports.adapter.out.local.OutboxTransport;
import com.execreports.application.ReportRun;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.port.out.RunListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/** The bundled sample data run through the real local adapters, at a fixed time. */
public final class SampleRun {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T13:00:00Z"), ZoneOffset.UTC);
    public static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private SampleRun() {}

    public static RunSummary run(Path outbox) {
        return run(RepoPaths.data(), outbox, List.of());
    }

    public static RunSummary run(Path data, Path outbox, List<String> only) {
        ReportRun run = new ReportRun(new FolderHandoffSource(data, "data"),
                new EnvFileKeySource(data.resolve("demo.env"), "data/demo.env"), new OutboxTransport(),
                new FolderArchive(outbox), SILENT, CLOCK);
        return run.run(new RunRequest(PERIOD, only, false));
    }

    public static final RunListener SILENT = new RunListener() {
        @Override
        public void reportFinished(RunSummary.ReportOutcome outcome) {}

        @Override
        public void runFinished(RunSummary summary) {}
    };
}
