package com.execreports.engine.render;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Drawing a chart against encoding it, and the charts' PNG encoder against ImageIO's, side by side
 * in one JVM (alternating, so that both meet the same JIT state): a twelve-month chart of two bar
 * series and a target line at the stakeholder report's size. Usage: {@code ChartEncodingBenchmark
 * [charts]}; bench/charts.sh runs it on the Lambda's flags.
 */
public final class ChartEncodingBenchmark {
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ChartRenderer renderer = new ChartRenderer();
        Chart chart = chart();
        long draw = 0;
        long imageIo = 0;
        long ours = 0;
        long imageIoBytes = 0;
        long ourBytes = 0;
        BufferedImage image = null;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            image = renderer.image(chart);
            long t1 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            long t2 = System.nanoTime();
            byte[] png = ChartRenderer.encode(image);
            long t3 = System.nanoTime();
            draw += t1 - t0;
            imageIo += t2 - t1;
            ours += t3 - t2;
            imageIoBytes += out.size();
            ourBytes += png.length;
        }
        System.out.printf("RESULT charts=%d pixels=%dx%d draw_ms=%.2f imageio_png_ms=%.2f pngencoder_ms=%.2f"
                        + " imageio_kb=%.1f pngencoder_kb=%.1f%n",
                n, image.getWidth(), image.getHeight(), draw / 1e6 / n, imageIo / 1e6 / n, ours / 1e6 / n,
                imageIoBytes / 1024.0 / n, ourBytes / 1024.0 / n);
    }

    private static Chart chart() {
        List<String> months = new ArrayList<>();
        List<BigDecimal> revenue = new ArrayList<>();
        List<BigDecimal> costs = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add("2026-" + (m < 10 ? "0" : "") + m);
            revenue.add(BigDecimal.valueOf(8_000 + 650L * m + (m % 3) * 900));
            costs.add(BigDecimal.valueOf(6_500 + 210L * m));
        }
        return new Chart("kpis", "Revenue and costs", Chart.Kind.BARS, Chart.Unit.MONEY, months,
                List.of(Series.bars("Revenue", Tone.PRIMARY, revenue), Series.bars("Costs", Tone.SECONDARY, costs)),
                List.of(Chart.Marker.line("Target", BigDecimal.valueOf(12_000), Tone.ALERT)));
    }
}
