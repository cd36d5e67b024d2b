package com.execreports.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The jar's own font: charts and PDFs draw non-Latin text with it, on any machine. tools/test.sh
 * runs this class (with the chart and PDF tests) a second time in a JVM that sees no system font
 * at all ({@code tools/no-system-fonts/bin/java}, Maven profile {@code no-system-fonts}).
 */
class BundledFontsTest {
    /**
     * Latin with accents, Greek, Cyrillic, Armenian, Georgian: left-to-right scripts DejaVu Sans
     * covers. (It has Hebrew and Arabic letters too, but the PDF layout does not reorder
     * right-to-left text; see docs/benchmarks.md.)
     */
    static final String NON_LATIN = "Café Δέλτα Москва Երևան თბილისი";

    @Test
    void theBundledFontIsSetUpAndCoversTheScriptsTheDocsName() {
        assertThat(BundledFonts.problem()).isNull();
        Font font = BundledFonts.awt(Font.PLAIN, 12f);
        assertThat(font.getFamily()).isEqualTo(BundledFonts.FAMILY);
        assertThat(font.canDisplayUpTo(NON_LATIN)).as("first glyph missing").isEqualTo(-1);
        assertThat(BundledFonts.awt(Font.BOLD, 12f).canDisplayUpTo(NON_LATIN)).isEqualTo(-1);
    }

    @Test
    void aChartWithNonLatinLabelsIsDrawn() throws Exception {
        Chart chart = new Chart("names", "Names", Chart.Kind.BARS, Chart.Unit.COUNT,
                List.of("Café Δ", "Москва", "Երևան"),
                List.of(Series.bars("Δέλτα", Tone.PRIMARY, List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.TEN)),
                        Series.bars("Ωμέγα", Tone.SECONDARY, List.of(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(2)))),
                List.of());
        byte[] png = new ChartRenderer().png(chart);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ChartLayout.WIDTH * ChartLayout.SCALE);
        // the labels under the bars: dark text pixels below the plot
        int dark = 0;
        for (int y = image.getHeight() - 60; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 0x80 && ((rgb >> 8) & 0xFF) < 0x80 && (rgb & 0xFF) < 0x90) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("label pixels").isGreaterThan(200);
    }

    @Test
    void aPdfWithNonLatinTextContainsItInTheBundledFontEmbedded() throws Exception {
        byte[] pdf = new PdfRenderer().pdf("<!DOCTYPE html><html><head><style>body{font-family:Arial,Helvetica,"
                + "sans-serif}</style></head><body><p>" + NON_LATIN + "</p><p><b>Ж bold</b></p></body></html>",
                "Unicode");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(NON_LATIN, "Ж bold");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"), "a DejaVu Sans subset");
            assertThat(fonts).anyMatch(n -> n.contains("Bold"));
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "EXEC_REPORTS_NO_SYSTEM_FONTS", matches = "1")
    void thisJvmReallySeesNoSystemFont() {
        for (String dir : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts")) {
            String[] files = new File(dir).list();
            assertThat(files == null ? new String[0] : files).as(dir).isEmpty();
        }
    }
}
