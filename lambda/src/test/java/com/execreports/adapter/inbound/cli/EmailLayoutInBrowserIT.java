package com.execreports.adapter.inbound.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.execreports.testing.SampleData;
import com.execreports.testing.SampleRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample report's HTML laid out by headless Chromium at a phone's width (390 px) and at
 * 700 px: nothing wider than the screen, and at 700 px no taller than the length budget.
 *
 * <p>The window of headless Chromium cannot be made narrower than 500 px, so each report is
 * opened in an iframe of the device's width inside one wrapper page: the iframe is the report's
 * viewport (its {@code width=device-width}, its {@code 100%}, its media queries), exactly as a
 * phone's screen is. A script in the wrapper measures each frame after every image has loaded
 * and writes the numbers into the page, which {@code --dump-dom} prints. One Chromium run
 * measures all sixteen layouts.
 */
class EmailLayoutInBrowserIT {
    static final List<String> REPORTS = SampleData.REPORTS;
    /** A phone (iPhone 12 to 16) and a desktop reading pane. */
    static final List<Integer> WIDTHS = List.of(390, 700);
    /** Issue 13's budget: every report at most this tall at 700 px. */
    static final int HEIGHT_BUDGET = 2500;
    static final int BUDGET_WIDTH = 700;

    static Path period;
    static Map<String, Layout> layouts = new HashMap<>();

    record Layout(int viewport, int scrollWidth, int scrollHeight, int smallestFont) {}

    @BeforeAll
    static void layOutEveryReport(@org.junit.jupiter.api.io.TempDir Path outbox,
                                  @org.junit.jupiter.api.io.TempDir Path profile) throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("EXEC_REPORTS_SKIP_BROWSER")),
                "EXEC_REPORTS_SKIP_BROWSER=1: browser tests skipped");
        String chromium = PreviewInBrowserIT.findChromium();
        SampleRun.run(outbox);
        period = outbox.resolve("2026-10");
        Path wrapper = period.resolve("layout-check.html");
        Files.writeString(wrapper, wrapperPage(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--allow-file-access-from-files",
                "--virtual-time-budget=10000", "--user-data-dir=" + profile, "--dump-dom", wrapper.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not lay out the reports within 120 s");
        }
        Element result = Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).getElementById("result");
        assertThat(result).as("the wrapper page's result (chromium exit %d)", process.exitValue()).isNotNull();
        for (String line : result.text().split(";")) {
            String[] f = line.strip().split(" ");
            if (f.length == 6) {
                layouts.put(f[0] + "@" + f[1], new Layout(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5])));
            }
        }
    }

    static Stream<String> reports() {
        return REPORTS.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void fitsAPhoneWithoutSidewaysScrolling(String id) {
        for (int width : WIDTHS) {
            Layout layout = layout(id, width);
            assertThat(layout.viewport()).as("%s: the viewport is the device width", id).isEqualTo(width);
            assertThat(layout.scrollWidth()).as("%s.html at %d px: document.scrollingElement.scrollWidth", id, width)
                    .isLessThanOrEqualTo(width);
            assertThat(layout.smallestFont()).as("%s.html at %d px: smallest text, px (no shrink to fit)", id, width)
                    .isGreaterThanOrEqualTo(11);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void staysWithinTheLengthBudget(String id) {
        assertThat(layout(id, BUDGET_WIDTH).scrollHeight()).as("%s.html height at %d px", id, BUDGET_WIDTH)
                .isLessThanOrEqualTo(HEIGHT_BUDGET);
    }

    static Layout layout(String id, int width) {
        Layout layout = layouts.get(id + "@" + width);
        assertThat(layout).as("a measurement of %s at %d px", id, width).isNotNull();
        return layout;
    }

    /**
     * One iframe per report and width, 200 px tall so that a report's height is its scroll
     * height; on load, "id width clientWidth scrollWidth scrollHeight smallestFontPx" per frame.
     */
    static String wrapperPage() throws IOException {
        StringBuilder frames = new StringBuilder();
        for (String id : REPORTS) {
            for (int width : WIDTHS) {
                frames.append("<iframe data-id=\"").append(id).append("\" data-width=\"").append(width)
                        .append("\" src=\"").append(id).append(".html\" style=\"width:").append(width)
                        .append("px;height:200px;border:0;display:block\"></iframe>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>layout check</title></head>
                <body style="margin:0">
                <pre id="result"></pre>
                %s<script>
                window.addEventListener("load", function () {
                  var out = [];
                  document.querySelectorAll("iframe").forEach(function (f) {
                    var d = f.contentDocument, s = d.scrollingElement, smallest = 1000;
                    d.body.querySelectorAll("*").forEach(function (e) {
                      if (e.childNodes.length && Array.prototype.some.call(e.childNodes, function (n) {
                            return n.nodeType === 3 && n.textContent.trim() !== ""; })) {
                        smallest = Math.min(smallest, parseFloat(d.defaultView.getComputedStyle(e).fontSize));
                      }
                    });
                    out.push([f.dataset.id, f.dataset.width, d.documentElement.clientWidth, s.scrollWidth,
                              s.scrollHeight, Math.floor(smallest)].join(" "));
                  });
                  document.getElementById("result").textContent = out.join(";");
                });
                </script>
                </body></html>
                """.formatted(frames);
    }
}
