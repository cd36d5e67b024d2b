package com.execreports.engine.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The PDF copy of a report, for forwarding and printing: the report's own HTML (charts as
 * {@code data:} URIs, see {@link ChartSource#dataUris}) laid out on Letter pages by openhtmltopdf.
 * openhtmltopdf needs a well-formed DOM, so the HTML5 is parsed by jsoup first: whatever a
 * handoff's text holds, the PDF sees a valid tree. All text is set in the jar's DejaVu Sans
 * ({@link BundledFonts}), embedded as a subset of the glyphs used, so that names in Greek, Cyrillic,
 * Hebrew… print as written on any machine; the PDF standard fonts (Helvetica) stop at Latin-1.
 */
public final class PdfRenderer {
    /** Print only: a page size and margins, and white paper instead of the email's grey surround. */
    private static final String PRINT_CSS = "@page { size: letter; margin: 12mm 10mm; }"
            + " body, body > table { background-color: #ffffff !important; }"
            + " body > table > tbody > tr > td { padding: 0 !important; }"
            // the outer cell's align="center" centres the report; unlike a browser, openhtmltopdf lets
            // it centre the text inside too
            + " body > table table { text-align: left; }"
            + " tr, img { page-break-inside: avoid; }"
            // the email's Arial/Helvetica stack names fonts a PDF would have to borrow from the machine
            + " * { font-family: '" + BundledFonts.FAMILY + "' !important; }";

    static {
        // openhtmltopdf logs every stage at INFO through java.util.logging; keep only problems
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** @param html a complete report page whose images are {@code data:} URIs */
    public byte[] pdf(String html, String title) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        parsed.head().appendElement("style").text(PRINT_CSS);
        parsed.title(title);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), null);
            builder.withProducer("exec-reports");
            byte[] regular = BundledFonts.regularBytes();
            byte[] bold = BundledFonts.boldBytes();
            builder.useFont(() -> new ByteArrayInputStream(regular), BundledFonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), BundledFonts.FAMILY, 700, FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the PDF", e);
        }
        return out.toByteArray();
    }
}
