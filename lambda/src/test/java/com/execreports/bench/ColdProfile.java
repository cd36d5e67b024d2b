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
 * the first PDF (openhtmltopdf, PDFBox, font subsetting), the second PDF. Prints one line of
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
        Map<String, byte[]> cfoPngs = new LinkedHashMap<>();
        Map<String, byte[]> rentalPngs = new LinkedHashMap<>();
        charts.png(all.get(0));
        t = lap(ms, "first_chart", t);
        for (Report r : reports) {
            for (Chart c : r.document().charts()) {
                byte[] png = charts.png(c);
                if (r.id().equals("cfo")) {
                    cfoPngs.put(c.name(), png);
                } else if (r.id().equals("rental-3028-51st")) {
                    rentalPngs.put(c.name(), png);
                }
            }
        }
        ms.put("other_" + all.size() + "_charts", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        PdfRenderer pdfs = new PdfRenderer();
        Report cfo = reports.get(4);
        pdfs.pdf(renderer.html(cfo.document(), ChartSource.dataUris(cfoPngs)), cfo.subject());
        t = lap(ms, "first_pdf", t);
        Report rental = reports.get(5);
        pdfs.pdf(renderer.html(rental.document(), ChartSource.dataUris(rentalPngs)), rental.subject());
        lap(ms, "second_pdf", t);
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
