package com.execreports.testing;

import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.CheckedRun;
import com.execreports.application.ReportRun;
import com.execreports.application.RunPreflight;
import com.execreports.engine.pack.ReportPackager;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.port.RunListener;
import com.execreports.application.port.Transport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import com.execreports.domain.ReportingPeriod;
import java.time.ZoneOffset;
import java.util.List;

/** The bundled sample data run through the real local adapters, at a fixed time. */
public final class SampleRun {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T13:00:00Z"), ZoneOffset.UTC);
    public static final ReportingPeriod PERIOD = ReportingPeriod.of(2026, 10);

    private SampleRun() {}

    public static RunSummary run(Path outbox) {
        return run(RepoPaths.data(), outbox, List.of());
    }

    public static RunSummary run(Path data, Path outbox, List<String> only) {
        return run(data, outbox, new OutboxTransport(), new RunRequest(PERIOD, only, false));
    }

    /** The sample data with any transport, into {@code outbox} with its folder ledger. */
    public static RunSummary run(Path data, Path outbox, Transport transport, RunRequest request) {
        return run(data, outbox, transport, request, new ReportPackager(CLOCK));
    }

    /** The same with a packager of its own (another message size limit). */
    public static RunSummary run(Path data, Path outbox, Transport transport, RunRequest request,
                                 ReportPackager packager) {
        return new ReportRun(packager, transport, new FolderArchive(outbox), new FolderLedger(outbox), SILENT, CLOCK)
                .deliver(check(data, transport, request));
    }

    /** The preflight of a run of {@code data} with its {@code demo.env}. */
    public static CheckedRun check(Path data, Transport transport, RunRequest request) {
        return new RunPreflight(new FolderHandoffSource(data, "data"),
                new EnvFileKeySource(data.resolve("demo.env"), "data/demo.env"), transport).check(request);
    }

    public static final RunListener SILENT = new RunListener() {
        @Override
        public void reportFinished(RunSummary.ReportOutcome outcome) {}

        @Override
        public void runFinished(RunSummary summary) {}
    };
}
