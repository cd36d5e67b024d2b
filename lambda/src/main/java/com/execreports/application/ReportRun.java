package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.port.out.AccountInspector;
import com.execreports.application.port.out.Archive;
import com.execreports.application.port.out.HandoffSource;
import com.execreports.application.port.out.HandoffSource.SourceFile;
import com.execreports.application.port.out.KeySource;
import com.execreports.application.port.out.Ledger;
import com.execreports.application.port.out.OutgoingMessage;
import com.execreports.application.port.out.RunListener;
import com.execreports.application.port.out.Transport;
import com.execreports.domain.Handoff;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.ConfigurationException;
import com.execreports.engine.HandoffFiles;
import com.execreports.engine.Portfolio;
import com.execreports.engine.ScopedView;
import com.execreports.engine.mail.Addresses;
import com.execreports.engine.mail.MessageComposer;
import com.execreports.engine.mail.MessageComposer.Composed;
import com.execreports.engine.mail.MessageComposer.Envelope;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.render.Renderer;
import com.execreports.engine.render.ReportJson;
import com.execreports.engine.report.Report;
import com.execreports.engine.report.ReportBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final MessageComposer composer;
    private final Optional<AccountInspector> inspector;

    public ReportRun(HandoffSource source, KeySource keys, Transport transport, Archive archive, Ledger ledger,
                     RunListener listener, Clock clock) {
        this(source, keys, transport, archive, ledger, listener, clock, Optional.empty());
    }

    private ReportRun(HandoffSource source, KeySource keys, Transport transport, Archive archive, Ledger ledger,
                      RunListener listener, Clock clock, Optional<AccountInspector> inspector) {
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
        return new ReportRun(source, keys, transport, archive, ledger, listener, clock,
                Optional.of(accountInspector));
    }

    /** A report built and composed, ready to archive and deliver. */
    private record Prepared(Report report, OutgoingMessage message, String html) {}

    public RunSummary run(RunRequest request) {
        try {
            ReportsConfig config = readReportsConfig();
            List<ReportDefinition> selected = select(config, request.only());
            DeliveryConfig delivery = DeliveryConfig.from(keys.load(), keys.describe(), selected);
            Portfolio portfolio = readPortfolio(request);
            checkEntities(portfolio, selected);
            checkSubjects(selected, request.period().toString());
            Set<Warning> warnings = new LinkedHashSet<>(portfolio.warnings());
            if (!request.dryRun()) {
                warnings.addAll(transport.preflight(delivery.sender(), selected.size()));
            }
            // only once nothing can stop the run any more: Cost Explorer charges for every request
            if (inspector.isPresent()) {
                portfolio = portfolio.withAccount(inspector.get().inspect(request.period()));
                warnings.addAll(portfolio.warnings());
            }
            return deliverAll(request, selected, portfolio, config, delivery, warnings);
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

    private Prepared prepare(ScopedView view, DeliveryConfig delivery) {
        Report report = ReportBuilder.buildFor(view);
        String html = renderer.html(report.document());
        String text = renderer.text(report.document());
        DeliveryConfig.Recipients to = delivery.recipientsOf(report.id());
        Envelope envelope = new Envelope(delivery.sender(), to.to(), to.cc(), delivery.bccList(), report.subject());
        Composed composed = composer.compose(report.id(), report.period().toString(), envelope, text, html);
        OutgoingMessage message = new OutgoingMessage(report.id(), envelope.from(), envelope.to(), envelope.cc(),
                envelope.bcc(), envelope.subject(), composed.messageId(), composed.mime(), composed.mimeWithoutBcc());
        return new Prepared(report, message, html);
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
        for (ReportDefinition definition : selected) {
            Prepared p = prepare(ScopedView.of(portfolio, definition, config.policies()), deliveryConfig);
            warnings.addAll(p.report().warnings());
            Delivery.Files files = new Delivery.Files(p.message(), p.html().getBytes(StandardCharsets.UTF_8),
                    ReportJson.write(p.report()));
            ReportOutcome outcome = request.dryRun() ? delivery.dryRun(files)
                    : delivery.deliver(files, request.resend().contains(definition.id()));
            outcomes.add(outcome);
            listener.reportFinished(outcome);
        }
        warnings.addAll(deliveryWarnings);
        RunSummary summary = new RunSummary(request.period(), outcomes, new ArrayList<>(warnings));
        archive.write(period, "summary.json", SummaryJson.write(summary));
        listener.runFinished(summary);
        return summary;
    }
}
