package com.execreports.bench;

import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.testing.SampleRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time and peak heap to build and write every report of a synthetic portfolio of N entities
 * (5 persona reports over all entities + one stakeholder report per entity), through the real
 * pipeline into an outbox folder (a dry run: everything but delivery and the ledger). Usage: {@code ScaleBenchmark N [runs]}; prints one line per run and a
 * median, with the largest HTML page and message written. Run it in a fresh JVM per N with the heap limit under test (bench/scale.sh).
 */
public final class ScaleBenchmark {
    public static void main(String[] args) throws IOException {
        int entities = Integer.parseInt(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("bench-" + entities);
        Path data = dir.resolve("data");
        PortfolioGenerator.write(data, entities, 42);
        List<Long> millis = new ArrayList<>();
        int reports = 0;
        long maxHtml = 0;
        long maxEml = 0;
        for (int run = 0; run < runs; run++) {
            Path outbox = dir.resolve("out-" + run);
            long start = System.nanoTime();
            // a dry run builds, renders, composes and archives every report but delivers
            // none: at 10,000 entities the persona reports exceed SES's 10 MB per message
            RunSummary summary = SampleRun.run(data, outbox, new OutboxTransport(),
                    new RunRequest(SampleRun.PERIOD, List.of(), true));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            millis.add(elapsed);
            reports = summary.reports().size();
            // every report within SES's 10 MB: persona reports show at most max_entities_shown entities
            long refused = summary.reports().stream().filter(r -> r.error() != null && r.error().contains("limit of SES"))
                    .count();
            if (summary.count(RunSummary.Status.FAILED) != 0) {
                throw new IllegalStateException("benchmark run failed: exit " + summary.exitCode() + ", "
                        + refused + " over SES's limit");
            }
            long[] largest = largest(outbox.resolve(SampleRun.PERIOD.toString()));
            maxHtml = Math.max(maxHtml, largest[0]);
            maxEml = Math.max(maxEml, largest[1]);
            System.out.printf("entities=%d reports=%d run=%d ms=%d largest_html_bytes=%d largest_eml_bytes=%d%n",
                    entities, reports, run + 1, elapsed, largest[0], largest[1]);
            delete(outbox);
        }
        millis.sort(Comparator.naturalOrder());
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("RESULT entities=%d reports=%d median_ms=%d min_ms=%d peak_heap_mb=%d max_heap_mb=%d"
                        + " largest_html_kb=%d largest_eml_kb=%d render_threads=%s%n",
                entities, reports, millis.get(millis.size() / 2), millis.get(0), peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, maxHtml >> 10, maxEml >> 10,
                System.getProperty("execreports.renderThreads", "default"));
        delete(dir);
    }

    /** The largest .html and the largest .eml written, in bytes. */
    private static long[] largest(Path dir) throws IOException {
        long html = 0;
        long eml = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html")) {
                    html = Math.max(html, Files.size(f));
                } else if (name.endsWith(".eml")) {
                    eml = Math.max(eml, Files.size(f));
                }
            }
        }
        return new long[] {html, eml};
    }

        private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
