package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.HandoffSource.SourceFile;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.RunListener;
import com.execreports.application.port.Transport;
import com.execreports.domain.Handoff;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.ConfigurationException;
import com.execreports.engine.EntityBound;
import com.execreports.engine.HandoffFiles;
import com.execreports.engine.Portfolio;
import com.execreports.engine.ScopedView;
import com.execreports.engine.mail.Addresses;
import com.execreports.engine.mail.MessageComposer;
import com.execreports.engine.mail.MessageComposer.Attachment;
import com.execreports.engine.mail.MessageComposer.Composed;
import com.execreports.engine.mail.MessageComposer.Inline;
import com.execreports.engine.mail.MessageComposer.Envelope;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.render.ChartRenderer;
import com.execreports.engine.render.ChartSource;
import com.execreports.engine.render.PdfRenderer;
import com.execreports.engine.render.RenderWarmup;
import com.execreports.engine.render.Renderer;
import com.execreports.engine.render.ReportJson;
import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Document;
import com.execreports.engine.report.Report;
import com.execreports.engine.report.ReportBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run, the same on the command line and on Lambda: read and validate everything, build every
 * selected report, and only then deliver. Anything that makes the run impossible is a
 * {@link ConfigurationException} raised before the first delivery, so nothing is half-sent.
 */
public final class ReportRun {
    private final HandoffSource source;
    private final KeySource keys;
    private final Transport transport;
    private final Archive archive;
    private final RunListener listener;
    private final Ledger ledger;
    private final Clock clock;
    private final HandoffParser parser = new HandoffParser();
    private final Renderer renderer = new Renderer();
    private final ChartRenderer charts = new ChartRenderer();
    private final PdfRenderer pdfs = new PdfRenderer();
    private final MessageComposer composer;
    private final long maxMessageBytes;
    private final Optional<AccountInspector> inspector;

    /**
     * SES's limit for one raw message, attachments and encoding included. A report whose message is
     * larger fails on its own, before delivery, on every transport alike.
     */
    public static final long MAX_MESSAGE_BYTES = 10_000_000;

    public ReportRun(HandoffSource source, KeySource keys, Transport transport, Archive archive, Ledger ledger,
                     RunListener listener, Clock clock) {
        this(source, keys, transport, archive, ledger, listener, clock, MAX_MESSAGE_BYTES);
    }

    /** As the other constructor, with another message size limit (tests). */
    public ReportRun(HandoffSource source, KeySource keys, Transport transport, Archive archive, Ledger ledger,
                     RunListener listener, Clock clock, long maxMessageBytes) {
        this(source, keys, transport, archive, ledger, listener, clock, maxMessageBytes, Optional.empty());
    }

    private ReportRun(HandoffSource source, KeySource keys, Transport transport, Archive archive, Ledger ledger,
                      RunListener listener, Clock clock, long maxMessageBytes, Optional<AccountInspector> inspector) {
        this.maxMessageBytes = maxMessageBytes;
        this.inspector = inspector;
        this.source = source;
        this.keys = keys;
        this.transport = transport;
        this.archive = archive;
        this.ledger = ledger;
        this.listener = listener;
        this.clock = clock;
        this.composer = new MessageComposer(clock);
    }

    /** The same run, with the AWS account as a second source of findings and figures. */
    public ReportRun inspecting(AccountInspector accountInspector) {
        return new ReportRun(source, keys, transport, archive, ledger, listener, clock, maxMessageBytes,
                Optional.of(accountInspector));
    }

    /**
     * A report built and composed, ready to archive and deliver.
     *
     * @param html the HTML page for a browser, its charts in {@code files}
     * @param files further files archived beside it: chart PNGs, the PDF copy
     * @param problem why the message must not be sent, or {@code null}
     */
    private record Prepared(Report report, OutgoingMessage message, String html, Map<String, byte[]> files,
                            String problem, List<Warning> warnings) {}

    /**
     * A run checked and ready to build: everything that could stop it was checked, nothing was
     * built or sent. {@code reports} are the selected reports, in order.
     */
    public record Checked(RunRequest request, ReportsConfig config, List<ReportDefinition> reports,
                          DeliveryConfig delivery, Portfolio portfolio, List<Warning> warnings) {
        public Checked {
            reports = List.copyOf(reports);
            warnings = List.copyOf(warnings);
        }
    }

    public RunSummary run(RunRequest request) {
        return deliver(check(request));
    }

    /**
     * Everything {@link #run} checks before its first delivery, and nothing more: reports.yml and
     * the selection, every key and address, the handoffs and every entity they must name, the
     * subjects and, unless a dry run, the transport's preflight. A dispatcher calls this before it
     * hands reports to workers, so a bad configuration dispatches nothing.
     */
    public Checked check(RunRequest request) {
        try {
            ReportsConfig config = readReportsConfig();
            List<ReportDefinition> selected = select(config, request.only());
            // charts and PDFs load while the handoffs are read
            RenderWarmup.start(selected.stream().anyMatch(ReportDefinition::attachPdf));
            DeliveryConfig delivery = DeliveryConfig.from(keys.load(), keys.describe(), selected);
            Portfolio portfolio = readPortfolio(request);
            checkEntities(portfolio, selected);
            checkSubjects(selected, request.period().toString());
            Set<Warning> warnings = new LinkedHashSet<>(portfolio.warnings());
            if (!request.dryRun()) {
                warnings.addAll(transport.preflight(delivery.sender(), delivery.totalRecipients()));
            }
            return new Checked(request, config, selected, delivery, portfolio, new ArrayList<>(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds, archives and delivers the reports of a checked run. */
    public RunSummary deliver(Checked checked) {
        try {
            Portfolio portfolio = checked.portfolio();
            Set<Warning> warnings = new LinkedHashSet<>(checked.warnings());
            // only once nothing can stop the run any more: Cost Explorer charges for every request
            if (inspector.isPresent()) {
                portfolio = portfolio.withAccount(inspector.get().inspect(checked.request().period()));
                warnings.addAll(portfolio.warnings());
            }
            return deliverAll(checked.request(), checked.reports(), portfolio, checked.config(),
                    checked.delivery(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header values come from reports.yml alone, so all of them are checked before the first report is built. */
    private static void checkSubjects(List<ReportDefinition> selected, String period) {
        for (ReportDefinition report : selected) {
            Addresses.rejectLineBreaks(ReportsConfigParser.FILE + " line " + report.line() + ": report '" + report.id()
                    + "' subject", report.subjectFor(period));
        }
    }

    private ReportsConfig readReportsConfig() throws IOException {
        try {
            return new ReportsConfigParser().parse(source.read(ReportsConfigParser.FILE));
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(source.describe() + ": no " + ReportsConfigParser.FILE
                    + " (the list of reports) beside the handoffs");
        }
    }

    private static List<ReportDefinition> select(ReportsConfig config, List<String> only) {
        if (only.isEmpty()) {
            return config.reports();
        }
        List<ReportDefinition> selected = new ArrayList<>();
        for (String id : new LinkedHashSet<>(only)) {
            selected.add(config.find(id).orElseThrow(() -> new ConfigurationException(
                    "--only: no report '" + id + "' in " + ReportsConfigParser.FILE)));
        }
        return selected;
    }

    private Portfolio readPortfolio(RunRequest request) throws IOException {
        List<Handoff> handoffs = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (SourceFile file : source.list()) {
            if (!HandoffFiles.isHandoff(file.path())) {
                continue;
            }
            if (file.size() > HandoffParser.MAX_BYTES) {
                // refused on its listed size: the body is never read
                warnings.add(Warning.of(file.path(), "larger than 1 MiB; file refused"));
                continue;
            }
            HandoffParser.Parsed parsed = parser.parse(file.path(), source.read(file.path()));
            parsed.handoff().ifPresent(handoffs::add);
            warnings.addAll(parsed.warnings());
        }
        return Portfolio.resolve(handoffs, warnings, request.period());
    }

    private static void checkEntities(Portfolio portfolio, List<ReportDefinition> selected) {
        List<String> problems = new ArrayList<>();
        for (ReportDefinition report : selected) {
            for (String id : report.entities()) {
                if (portfolio.entity(id).isEmpty()) {
                    problems.add(ReportsConfigParser.FILE + " line " + report.line() + ": report '" + report.id()
                            + "' names entity '" + id + "', which has no handoff");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", problems));
        }
    }

    /**
     * Builds and renders one report. Runs on the rendering pool, several reports at once: it touches
     * no state of the run, and its warnings travel with its result.
     */
    private Prepared prepare(ScopedView view, int maxEntitiesShown, DeliveryConfig delivery) {
        List<Warning> warnings = new ArrayList<>();
        EntityBound.Bounded bounded = EntityBound.of(view, maxEntitiesShown);
        Report report = ReportBuilder.buildFor(bounded.shown());
        if (bounded.isBounded()) {
            // the whole scope once more, for the figures, key figures and summary of every entity
            report = EntityBound.combine(bounded, report, ReportBuilder.buildFor(view));
        }
        Rendered rendered = render(report, bounded, warnings);
        DeliveryConfig.Recipients to = delivery.recipientsOf(report.id());
        Envelope envelope = new Envelope(delivery.sender(), to.to(), to.cc(), delivery.bccList(), report.subject());
        long atLeast = rendered.body().minimumBytes();
        if (atLeast > maxMessageBytes) {
            // its parts alone are over the limit: composing the message would only spend memory
            // (a persona report over thousands of entities runs to tens of megabytes)
            OutgoingMessage unsent = new OutgoingMessage(report.id(), envelope.from(), envelope.to(), envelope.cc(),
                    envelope.bcc(), envelope.subject(), null, new byte[0], new byte[0]);
            return new Prepared(report, unsent, rendered.page(), rendered.files(),
                    sizeProblem(report, atLeast).replace("the message is", "the message is at least"), warnings);
        }
        Composed composed = composer.compose(report.id(), report.period().toString(), envelope, rendered.body());
        OutgoingMessage message = new OutgoingMessage(report.id(), envelope.from(), envelope.to(), envelope.cc(),
                envelope.bcc(), envelope.subject(), composed.messageId(), composed.mime(), composed.mimeWithoutBcc());
        return new Prepared(report, message, rendered.page(), rendered.files(),
                sizeProblem(report, composed.mime().length), warnings);
    }

    /** A report's message body, its page for a browser, and the files beside that page. */
    private record Rendered(MessageComposer.Body body, String page, Map<String, byte[]> files) {}

    /** Charts drawn once, then shown three ways: inline parts of the email, PNGs beside the page, inside the PDF. */
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
            // numbers in the tables, and the run says why the pictures are missing; only running out
            // of memory is not the charts' problem
            if (e instanceof OutOfMemoryError) {
                throw e;
            }
            warnings.add(Warning.of("charts", "charts could not be drawn here (" + e.getClass().getSimpleName()
                    + "); reports are sent without them"));
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
            byte[] pdf = pdfs.pdf(renderer.html(doc, ChartSource.dataUris(pngs)), report.subject());
            files.put(id + ".pdf", pdf);
            attachments.add(new Attachment(id + ".pdf", "application/pdf", pdf));
        }
        if (bounded.isBounded()) {
            byte[] csv = EntityBound.csv(bounded);
            files.put(bounded.csvName(), csv);
            attachments.add(new Attachment(bounded.csvName(), "text/csv; charset=utf-8", csv));
        }
        MessageComposer.Body body = new MessageComposer.Body(renderer.text(doc),
                renderer.html(doc, ChartSource.contentIds(id, period)), inline, attachments);
        return new Rendered(body, renderer.html(doc, ChartSource.files(id)), files);
    }

    private String sizeProblem(Report report, long bytes) {
        if (bytes <= maxMessageBytes) {
            return null;
        }
        return String.format(Locale.ROOT, "not sent: the message is %,d bytes, over the %,d-byte limit of SES for one "
                + "message%s", bytes, maxMessageBytes, report.definition().attachPdf()
                ? "; remove attach_pdf from report '" + report.id() + "' in " + ReportsConfigParser.FILE
                + " or narrow its entities" : "; narrow its entities");
    }

    /**
     * Builds, archives and delivers one report at a time, so memory holds one report, not the
     * run: everything that could stop the run was checked before the first one.
     */
    private RunSummary deliverAll(RunRequest request, List<ReportDefinition> selected, Portfolio portfolio,
                                  ReportsConfig config, DeliveryConfig deliveryConfig, Set<Warning> warnings)
            throws IOException {
        String period = request.period().toString();
        List<Warning> deliveryWarnings = new ArrayList<>();
        Delivery delivery = new Delivery(period, ledger, transport, archive, clock, deliveryWarnings);
        List<ReportOutcome> outcomes = new ArrayList<>();
        try (RenderingPool<Prepared> pool = new RenderingPool<>(selected.size(), i -> prepare(
                ScopedView.of(portfolio, selected.get(i), config.policies()), config.maxEntitiesShown(),
                deliveryConfig))) {
            for (int i = 0; i < selected.size(); i++) {
                ReportDefinition definition = selected.get(i);
                Prepared p = pool.take(i);
                warnings.addAll(p.warnings());
                warnings.addAll(p.report().warnings());
                Delivery.Files files = new Delivery.Files(p.message(), p.html().getBytes(StandardCharsets.UTF_8),
                        ReportJson.write(p.report()), p.files());
                ReportOutcome outcome = p.problem() != null ? delivery.refuse(files, p.problem())
                        : request.dryRun() ? delivery.dryRun(files)
                        : delivery.deliver(files, request.resend().contains(definition.id()));
                outcomes.add(outcome);
                listener.reportFinished(outcome);
            }
        }
        warnings.addAll(deliveryWarnings);
        RunSummary summary = new RunSummary(request.period(), outcomes, new ArrayList<>(warnings));
        archive.write(period, SummaryJson.FILE, SummaryJson.write(summary));
        listener.runFinished(summary);
        return summary;
    }
}
