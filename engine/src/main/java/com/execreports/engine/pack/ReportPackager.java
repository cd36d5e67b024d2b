package com.execreports.engine.pack;

import com.execreports.domain.ReportFiles;
import com.execreports.domain.ReportsConfig;
import com.execreports.engine.EntityBound;
import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView;
import com.execreports.engine.mail.MessageComposer;
import com.execreports.engine.mail.MessageComposer.Attachment;
import com.execreports.engine.mail.MessageComposer.Composed;
import com.execreports.engine.mail.MessageComposer.Envelope;
import com.execreports.engine.mail.MessageComposer.Inline;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.render.ChartRenderer;
import com.execreports.engine.render.ChartSource;
import com.execreports.engine.render.EmailLength;
import com.execreports.engine.render.PdfRenderer;
import com.execreports.engine.render.Renderer;
import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Document;
import com.execreports.engine.report.Report;
import com.execreports.engine.report.ReportBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report from its scoped view to what is archived and sent: built, drawn (charts once, shown
 * three ways: inline parts of the email, PNGs beside the page, inside the PDF), rendered and
 * composed under the message size limit. Knows nothing of ledgers or transports.
 */
public final class ReportPackager {
    /**
     * The limit for one raw message, attachments and encoding included: SES's, applied on every
     * transport alike, so a report that could not go out on AWS fails the same way locally.
     */
    public static final long MAX_MESSAGE_BYTES = 10_000_000;
    /**
     * Rows a table of the PDF copy shows at most: far above any table of a real portfolio (the
     * sample's longest has under 30), low enough that openhtmltopdf lays the PDF out in seconds.
     */
    public static final int PDF_MAX_ROWS = 300;

    private final Renderer renderer = new Renderer();
    private final ChartRenderer charts = new ChartRenderer();
    private final PdfRenderer pdfs = new PdfRenderer();
    private final MessageComposer composer;
    private final long maxMessageBytes;

    /** @param clock the Date header's time */
    public ReportPackager(Clock clock) {
        this(clock, MAX_MESSAGE_BYTES);
    }

    /** @param maxMessageBytes another limit (tests of the limit itself) */
    public ReportPackager(Clock clock, long maxMessageBytes) {
        this.composer = new MessageComposer(clock);
        this.maxMessageBytes = maxMessageBytes;
    }

    public long maxMessageBytes() {
        return maxMessageBytes;
    }

    /** Builds the report of {@code view} and composes its message to {@code addressed}'s recipients. */
    public Packaged pack(ScopedView view, Envelope addressed) {
        return pack(view, ReportsConfig.DEFAULT_MAX_ENTITIES_SHOWN, addressed, List.of());
    }

    /**
     * As {@link #pack(ScopedView, Envelope)}, a report over more than {@code maxEntitiesShown}
     * entities cut to those that matter most and a total of the rest, with every entity in an
     * attached CSV ({@link EntityBound}); {@code closing} are sections the run adds at the end of the
     * report: what the handoffs cannot say, such as how last month's reports fared (the CEO report's
     * last lines). Thread-safe: a run packages several reports at once.
     */
    public Packaged pack(ScopedView view, int maxEntitiesShown, Envelope addressed, List<Document.Section> closing) {
        EntityBound.Bounded bounded = EntityBound.of(view, maxEntitiesShown);
        Report report = ReportBuilder.buildFor(bounded.shown());
        if (bounded.isBounded()) {
            // the whole scope once more, for the figures, key figures and summary of every entity
            report = EntityBound.combine(bounded, report, ReportBuilder.buildFor(view));
        }
        for (Document.Section section : closing) {
            report = report.withDocument(report.document().withLastSection(section));
        }
        // the subject is the report's own: it carries the headline figure and [stale] (SPEC §8.4),
        // known only once the report is built
        Envelope envelope = new Envelope(addressed.from(), addressed.to(), addressed.cc(), addressed.bcc(),
                report.subject());
        List<Warning> warnings = new ArrayList<>();
        Rendered rendered = render(report, bounded, warnings);
        long atLeast = rendered.body().minimumBytes();
        if (atLeast > maxMessageBytes) {
            // its parts alone are over the limit: composing the message would only spend memory
            // (a persona report over thousands of entities runs to tens of megabytes)
            return new Packaged.TooLarge(report, envelope, rendered.page(), rendered.files(), warnings, atLeast, true,
                    maxMessageBytes);
        }
        Composed composed = composer.compose(report.id(), report.period().toString(), envelope, rendered.body());
        if (composed.mime().length > maxMessageBytes) {
            return new Packaged.TooLarge(report, envelope, rendered.page(), rendered.files(), warnings,
                    composed.mime().length, false, maxMessageBytes);
        }
        return new Packaged.Sendable(report, envelope, composed, rendered.page(), rendered.files(), warnings);
    }

    /** A report's message body, its page for a browser, and the files beside that page. */
    private record Rendered(MessageComposer.Body body, String page, Map<String, byte[]> files) {}

    private Rendered render(Report report, EntityBound.Bounded bounded, List<Warning> warnings) {
        String id = report.id();
        String period = report.period().toString();
        Document doc = report.document();
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        try {
            doc.charts().forEach(chart -> pngs.put(chart.name(), charts.png(chart)));
        } catch (RuntimeException | Error e) {
            // whatever the graphics stack throws (a JDK without fonts or AWT native libraries throws
            // InternalError, AWTError, UnsatisfiedLinkError…), the report still goes out, with its
            // numbers in the tables, and the run says why the pictures are missing, named by the
            // report's entry in reports.yml and the chart files it would have written; only running
            // out of memory is not the charts' problem
            if (e instanceof OutOfMemoryError) {
                throw e;
            }
            Document drawn = doc;
            warnings.add(Warning.at(ReportsConfigParser.FILE, report.definition().line(), "report '" + id
                    + "': charts " + drawn.charts().stream().map(c -> ReportFiles.chart(id, c.name())).toList()
                    + " could not be drawn (" + e.getClass().getSimpleName() + "); the report is sent without them"));
            doc = doc.withoutCharts();
            pngs.clear();
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Inline> inline = new ArrayList<>();
        for (Chart chart : doc.charts()) {
            String file = ChartSource.fileName(id, chart);
            files.put(file, pngs.get(chart.name()));
            inline.add(new Inline(ChartSource.contentId(id, period, chart), file, "image/png", pngs.get(chart.name())));
        }
        List<Attachment> attachments = new ArrayList<>();
        if (report.definition().attachPdf()) {
            // the PDF lays out at most PDF_MAX_ROWS rows a table; the text part and the JSON keep every row
            byte[] pdf = pdfs.pdf(renderer.html(EmailLength.capped(doc, PDF_MAX_ROWS, "the email's text part and "
                    + ReportFiles.json(id)), ChartSource.dataUris(pngs)), report.subject());
            files.put(ReportFiles.pdf(id), pdf);
            attachments.add(new Attachment(ReportFiles.pdf(id), "application/pdf", pdf));
        }
        if (bounded.isBounded()) {
            byte[] csv = EntityBound.csv(bounded);
            files.put(bounded.csvName(), csv);
            attachments.add(new Attachment(bounded.csvName(), "text/csv; charset=utf-8", csv));
        }
        // with a PDF attached, the email is the short version and the PDF has everything (issue 13)
        Document email = report.definition().attachPdf() ? EmailLength.fit(doc, "the attached PDF") : doc;
        MessageComposer.Body body = new MessageComposer.Body(renderer.text(doc),
                renderer.html(email, ChartSource.contentIds(id, period)), inline, attachments);
        return new Rendered(body, renderer.html(email, ChartSource.files(id)), files);
    }
}
