package com.execreports.adapter.inbound.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.execreports.testing.SampleData;
import com.execreports.engine.render.ChartRenderer;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.testing.SampleRun;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The preview as a person sees it: each report's page and the index page rendered by headless
 * Chromium, and the screenshot checked for chart pixels (the chart colours appear nowhere else in
 * a report). Chromium is installed by tools/setup-test-tools.sh; EXEC_REPORTS_SKIP_BROWSER=1 skips.
 * Screenshots are kept in target/preview-screenshots/ for a look.
 */
class PreviewInBrowserIT {
    // the accounting report has no charts to look at
    static final List<String> REPORTS = SampleData.REPORTS.stream().filter(id -> !id.equals("accounting")).toList();
    /** Chart pixels a screenshot must hold: a few bars' worth. */
    static final int MIN_CHART_PIXELS = 1500;
    static final Path SHOTS = Path.of("target/preview-screenshots");

    @TempDir
    static Path outbox;
    @TempDir
    static Path profile;
    static Path period;
    static String chromium;

    @BeforeAll
    static void runAndPreview() throws IOException {
        Assumptions.assumeFalse("1".equals(System.getenv("EXEC_REPORTS_SKIP_BROWSER")),
                "EXEC_REPORTS_SKIP_BROWSER=1: browser tests skipped");
        chromium = findChromium();
        SampleRun.run(outbox);
        period = outbox.resolve("2026-10");
        int code = ExecReportsCli.execute(new String[] {"preview", "--outbox", outbox.toString(), "--period", "2026-10"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        Files.createDirectories(SHOTS);
    }

    static Stream<String> reports() {
        return REPORTS.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void eachReportPageRendersItsChart(String id) throws Exception {
        BufferedImage shot = screenshot(period.resolve(id + ".html"), SHOTS.resolve(id + ".png"), 720, 2000);
        assertThat(chartPixels(shot)).as("chart-coloured pixels in the screenshot of %s.html", id)
                .isGreaterThanOrEqualTo(MIN_CHART_PIXELS);
    }

    @Test
    void theAccountingReportHasNoChartAndTheCheckKnowsIt() throws Exception {
        BufferedImage shot = screenshot(period.resolve("accounting.html"), SHOTS.resolve("accounting.png"), 720, 2000);
        assertThat(chartPixels(shot)).isLessThan(MIN_CHART_PIXELS / 10);
    }

    @Test
    void theIndexPageShowsTheReportsWithTheirCharts() throws Exception {
        BufferedImage shot = screenshot(period.resolve("index.html"), SHOTS.resolve("index.png"), 1280, 2400);
        assertThat(chartPixels(shot)).as("chart pixels inside the index page's first report frames")
                .isGreaterThanOrEqualTo(MIN_CHART_PIXELS);
    }

    static BufferedImage screenshot(Path page, Path png, int width, int height) throws Exception {
        Files.deleteIfExists(png);
        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish a screenshot of " + page + " within 120 s");
        }
        assertThat(png).as("screenshot of %s (chromium exit %d)", page, process.exitValue()).isRegularFile();
        return ImageIO.read(png.toFile());
    }

    /** Pixels within a small distance of a chart colour; the greys and faint tones are left out. */
    static long chartPixels(BufferedImage image) {
        List<Color> colours = Stream.of(Tone.PRIMARY, Tone.SECONDARY, Tone.ALERT, Tone.WARNING, Tone.CAUTION)
                .map(ChartRenderer.COLOURS::get).toList();
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                for (Color c : colours) {
                    if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= 8 && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= 8
                            && Math.abs((rgb & 0xff) - c.getBlue()) <= 8) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    static String findChromium() {
        if (new File("/usr/bin/chromium").canExecute()) {
            return "/usr/bin/chromium";
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                File candidate = new File(dir, name);
                if (candidate.canExecute()) {
                    return candidate.getPath();
                }
            }
        }
        return fail("headless Chromium is needed for the preview tests and was not found (no /usr/bin/chromium, "
                + "no chromium on PATH). Run tools/setup-test-tools.sh, which installs Debian's chromium package, "
                + "or set EXEC_REPORTS_SKIP_BROWSER=1 to skip these tests.");
    }
}
