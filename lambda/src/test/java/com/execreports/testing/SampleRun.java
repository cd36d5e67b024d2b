package com.execreports.testing;

import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.ReportRun;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.port.RunListener;
import com.execreports.application.port.Transport;
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
        return run(data, outbox, new OutboxTransport(), new RunRequest(PERIOD, only, false));
    }

    /** The sample data with any transport, into {@code outbox} with its folder ledger. */
    public static RunSummary run(Path data, Path outbox, Transport transport, RunRequest request) {
        ReportRun run = new ReportRun(new FolderHandoffSource(data, "data"),
                new EnvFileKeySource(data.resolve("demo.env"), "data/demo.env"), transport,
                new FolderArchive(outbox), new FolderLedger(outbox), SILENT, CLOCK);
        return run.run(request);
    }

    public static final RunListener SILENT = new RunListener() {
        @Override
        public void reportFinished(RunSummary.ReportOutcome outcome) {}

        @Override
        public void runFinished(RunSummary summary) {}
    };
}
