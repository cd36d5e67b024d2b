package com.execreports.bench;

import com.execreports.engine.render.BundledFonts;
import com.execreports.engine.render.ChartRenderer;
import com.execreports.engine.render.ChartSource;
import com.execreports.engine.render.PdfRenderer;
import com.execreports.engine.render.Renderer;
import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Report;
import com.execreports.testing.SampleReports;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a cold run's time goes, one part after the other on one thread of a fresh JVM, on the
 * sample data: JVM start to main, building the eight reports (parse, scope, figures), their HTML
 * and text, the bundled font, the first chart (AWT, JFreeChart, PNG encoder), the other charts,
 * the first PDF (openhtmltopdf, PDFBox, font subsetting), the other PDFs the sample attaches. Prints one line of
 * milliseconds per part; bench/cold-start.sh runs it in several JVMs and takes medians.
 */
public final class ColdProfile {
    private ColdProfile() {}

    public static void main(String[] args) {
        Map<String, Long> ms = new LinkedHashMap<>();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        ms.put("jvm_start_to_main", System.currentTimeMillis() - jvmStart);
        long t = System.nanoTime();
        List<String> ids = List.of("ceo", "cto", "accounting", "cmo", "cfo", "rental-3028-51st",
                "expert-yacht-delivery", "dangerouscentaur-portfolio");
        List<Report> reports = SampleReports.build(ids);
        t = lap(ms, "build_8_reports", t);
        Renderer renderer = new Renderer();
        for (Report r : reports) {
            renderer.html(r.document(), ChartSource.files(r.id()));
            renderer.text(r.document());
        }
        t = lap(ms, "html_and_text_8_reports", t);
        BundledFonts.install();
        t = lap(ms, "bundled_font_setup", t);
        ChartRenderer charts = new ChartRenderer();
        List<Chart> all = reports.stream().flatMap(r -> r.document().charts().stream()).toList();
        Map<String, Map<String, byte[]>> pngs = new LinkedHashMap<>();
        charts.png(all.get(0));
        t = lap(ms, "first_chart", t);
        for (Report r : reports) {
            Map<String, byte[]> own = pngs.computeIfAbsent(r.id(), id -> new LinkedHashMap<>());
            for (Chart c : r.document().charts()) {
                own.put(c.name(), charts.png(c));
            }
        }
        ms.put("all_" + all.size() + "_charts", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        // every PDF the sample attaches (seven of the eight reports since issue 13), the CFO's first
        PdfRenderer pdfs = new PdfRenderer();
        List<Report> withPdf = reports.stream().filter(r -> r.definition().attachPdf())
                .sorted(java.util.Comparator.comparing((Report r) -> !r.id().equals("cfo"))).toList();
        Report first = withPdf.get(0);
        pdfs.pdf(renderer.html(first.document(), ChartSource.dataUris(pngs.get(first.id()))), first.subject());
        t = lap(ms, "first_pdf", t);
        for (Report r : withPdf.subList(1, withPdf.size())) {
            pdfs.pdf(renderer.html(r.document(), ChartSource.dataUris(pngs.get(r.id()))), r.subject());
        }
        lap(ms, "other_" + (withPdf.size() - 1) + "_pdfs", t);
        StringBuilder line = new StringBuilder("PROFILE");
        ms.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
    }

    private static long lap(Map<String, Long> ms, String name, long since) {
        long now = System.nanoTime();
        ms.put(name, (now - since) / 1_000_000);
        return now;
    }
}
