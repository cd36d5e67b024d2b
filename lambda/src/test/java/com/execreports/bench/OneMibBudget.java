package com.execreports.bench;

import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.testing.SampleData;
import com.execreports.testing.SampleRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The budget of issue 16: a 1 MiB handoff of any shape builds every report of the sample data (the
 * five persona reports, the CFO's with its PDF copy, and the stakeholder reports) in a dry run.
 * JADA's handoff is replaced by exactly {@link HandoffParser#MAX_BYTES} bytes of one shape at a
 * time: one huge finding, a narrative, 1 MiB of {@code token:a} lines, a KPI name, an entity name,
 * a cost table, findings, deep lists, markdown escapes. Usage: {@code OneMibBudget [shape...]};
 * prints one line per shape and the peak heap. Run in a JVM with {@code -Xmx512m}
 * ({@link OneMibBudgetIT}); a shape that does not fit ends the JVM with an OutOfMemoryError.
 */
public final class OneMibBudget {
    private static final String FRONT = "---\nentity: jada\nname: JADA Charters\nkind: charter\nperiod: 2026-10\n---\n\n";

    /** Each shape: a line (given its index) repeated until the file is 1 MiB. */
    static final Map<String, IntFunction<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("one-finding", i -> i == 0 ? "## Findings\n\n- [critical][security] " : "word ");
        SHAPES.put("narrative", i -> i == 0 ? "## Notes\n\n" : "A sentence of narrative, " + i + " of many.\n");
        SHAPES.put("token-lines", i -> i == 0 ? "## Notes\n\n" : "tok" + "en:a\n");
        SHAPES.put("kpi-name", i -> i == 0 ? "## KPIs\n\n| kpi | value | target | unit | tracked |\n|---|---|---|---|---|\n| "
                : "K");
        SHAPES.put("cost-rows", i -> i == 0 ? "## Costs\n\n| item | category | monthly_min | monthly_max | attribution |\n"
                + "|---|---|---|---|---|\n" : "| Item " + i + " | software | $" + (1 + i % 7) + " | | no |\n");
        SHAPES.put("findings", i -> i == 0 ? "## Findings\n\n" : "- [high][engineering] Finding " + i + "\n");
        SHAPES.put("deep-lists", i -> i == 0 ? "## Notes\n\n" : "  ".repeat(i % 300) + "- level " + (i % 300) + "\n");
        SHAPES.put("escapes", i -> i == 0 ? "## Notes\n\n" : "sk\\_" + "live\\_ \\*\\*a\\*\\* &amp; &#115; ");
    }

    public static void main(String[] args) throws IOException {
        List<String> shapes = args.length == 0 ? List.of(SHAPES.keySet().toArray(String[]::new)) : List.of(args);
        Path dir = Files.createTempDirectory("budget");
        int failures = 0;
        for (String shape : shapes) {
            Path data = dir.resolve(shape + "/data");
            Files.createDirectories(data.getParent());
            SampleData.copyTo(data);
            Files.write(data.resolve("jada.md"), file(shape));
            Path outbox = dir.resolve(shape + "/out");
            long start = System.nanoTime();
            RunSummary summary = SampleRun.run(data, outbox, new OutboxTransport(),
                    new RunRequest(SampleRun.PERIOD, List.of(), true));
            long ms = (System.nanoTime() - start) / 1_000_000;
            long built = summary.count(RunSummary.Status.SKIPPED);
            // built, but a message over SES's 10 MB is refused by design (26,000 findings in a report)
            long overTenMegabytes = summary.reports().stream()
                    .filter(r -> r.error() != null && r.error().contains("limit of SES")).count();
            boolean ok = built + overTenMegabytes == summary.reports().size();
            failures += ok ? 0 : 1;
            System.out.printf("shape=%s reports=%d built=%d refused_over_10MB=%d ms=%d warnings=%d%s%n", shape,
                    summary.reports().size(), built, overTenMegabytes, ms, summary.warnings().size(),
                    ok ? "" : " NOT-ALL-BUILT " + summary.reports().stream().filter(r -> r.error() != null
                            && r.status() != RunSummary.Status.SKIPPED).map(r -> r.id() + ": " + r.error()).toList());
            delete(dir.resolve(shape));
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("RESULT shapes=%d failures=%d peak_heap_mb=%d max_heap_mb=%d%n", shapes.size(), failures,
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        delete(dir);
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Exactly 1 MiB: front matter, then the shape's lines, the last one cut to fit. */
    static byte[] file(String shape) {
        IntFunction<String> line = SHAPES.get(shape);
        StringBuilder md = new StringBuilder(FRONT);
        for (int i = 0; md.length() < HandoffParser.MAX_BYTES; i++) {
            md.append(line.apply(i));
        }
        byte[] bytes = md.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, (int) HandoffParser.MAX_BYTES);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
