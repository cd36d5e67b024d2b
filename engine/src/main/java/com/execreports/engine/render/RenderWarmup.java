package com.execreports.engine.render;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the chart and PDF machinery on a second thread while the run still reads its handoffs: a
 * cold JVM spends most of a small run loading and compiling AWT, JFreeChart, the PNG encoder, the
 * bundled font, openhtmltopdf and PDFBox, and none of that depends on the data. Draws one small
 * chart and, when a report attaches a PDF, lays out one small PDF; the results are thrown away.
 * Once per process; whatever goes wrong here is left for the real drawing to meet and report.
 * {@code -Dexecreports.warmup=false} turns it off (benchmarks).
 */
public final class RenderWarmup {
    private static final AtomicBoolean CHARTS = new AtomicBoolean();
    private static final AtomicBoolean PDF = new AtomicBoolean();

    private RenderWarmup() {}

    public static void start(boolean pdf) {
        if ("false".equals(System.getProperty("execreports.warmup"))) {
            return; // benchmarks compare with and without
        }
        boolean charts = CHARTS.compareAndSet(false, true);
        boolean pdfs = pdf && PDF.compareAndSet(false, true);
        if (!charts && !pdfs) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                byte[] png = charts ? new ChartRenderer().png(chart()) : null;
                if (pdfs) {
                    String img = png == null ? "" : "<img src=\"data:image/png;base64,"
                            + java.util.Base64.getEncoder().encodeToString(png) + "\" width=\"100\"/>";
                    new PdfRenderer().pdf("<!DOCTYPE html><html><head><title>w</title></head><body><table><tr><td>"
                            + "<b>Warm-up</b> $1,000 – 12%</td></tr></table>" + img + "</body></html>", "warm-up");
                }
            } catch (Throwable ignored) {
                // the real charts and PDFs meet the same problem and say so in the run's warnings
            }
        }, "render-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static Chart chart() {
        List<BigDecimal> values = List.of(BigDecimal.ONE, BigDecimal.TEN);
        return new Chart("warmup", "Warm-up", Chart.Kind.BARS, Chart.Unit.MONEY, List.of("a", "b"),
                List.of(Series.bars("x", Tone.PRIMARY, values), Series.bars("y", Tone.SECONDARY, values)),
                List.of(Chart.Marker.line("z", BigDecimal.ONE, Tone.ALERT)));
    }
}
