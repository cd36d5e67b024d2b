package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.port.Archive;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.RunListener;
import com.execreports.application.port.Transport;
import com.execreports.domain.Persona;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Printable;
import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView;
import com.execreports.engine.mail.MessageComposer.Envelope;
import com.execreports.engine.pack.Packaged;
import com.execreports.engine.pack.ReportPackager;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.render.ReportJson;
import com.execreports.engine.report.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery loop of a {@linkplain RunPreflight checked} run, the same on the command line, on
 * Lambda and in a worker: one report at a time is packaged, archived and delivered, so memory holds
 * one report, not the run; then {@code summary.json} is archived.
 */
public final class ReportRun {
    private final ReportPackager packager;
    private final Transport transport;
    private final Archive archive;
    private final Ledger ledger;
    private final RunListener listener;
    private final Clock clock;

    public ReportRun(ReportPackager packager, Transport transport, Archive archive, Ledger ledger,
                     RunListener listener, Clock clock) {
        this.packager = packager;
        this.transport = transport;
        this.archive = archive;
        this.ledger = ledger;
        this.listener = listener;
        this.clock = clock;
    }

    /** Builds, archives and delivers the reports of a checked run. */
    public RunSummary deliver(CheckedRun checked) {
        RunRequest request = checked.request();
        String period = request.period().toString();
        Set<Warning> warnings = new LinkedHashSet<>(checked.warnings());
        List<Warning> deliveryWarnings = new ArrayList<>();
        Delivery delivery = new Delivery(period, ledger, transport, archive, clock, deliveryWarnings);
        // a run of the whole portfolio looks back at last month; a run of a few reports (a fan-out
        // worker's single job, --only) only when it builds a CEO report, which shows the line
        boolean lookBack = request.only().isEmpty()
                || checked.reports().stream().anyMatch(d -> d.persona() == Persona.CEO);
        Optional<PeriodReview> previous = lookBack ? previous(request, warnings) : Optional.empty();
        List<ReportOutcome> outcomes = new ArrayList<>();
        List<ReportDefinition> reports = checked.reports();
        // the next reports are built and drawn on a few threads while this one is archived and
        // delivered; a report's exception is thrown by take(i), here, in order
        try (RenderingPool<Packaged> pool = new RenderingPool<>(reports.size(), i -> packager.pack(
                ScopedView.of(checked.portfolio(), reports.get(i), checked.config().policies(),
                        checked.config().roadmap()),
                checked.config().maxEntitiesShown(), envelope(checked.delivery(), reports.get(i), period),
                closing(previous, reports.get(i))))) {
          for (int i = 0; i < reports.size(); i++) {
            ReportDefinition definition = reports.get(i);
            ReportOutcome outcome;
            try {
                Packaged packaged = pool.take(i);
                warnings.addAll(packaged.warnings());
                warnings.addAll(packaged.report().warnings());
                Delivery.Page page = new Delivery.Page(definition.id(), packaged.page().getBytes(StandardCharsets.UTF_8),
                        ReportJson.write(packaged.report()), packaged.files());
                if (packaged instanceof Packaged.Sendable sendable) {
                    outcome = request.dryRun() ? delivery.dryRun(message(sendable), page)
                            : delivery.deliver(message(sendable), page, request.resend().contains(definition.id()));
                } else {
                    Packaged.TooLarge tooLarge = (Packaged.TooLarge) packaged;
                    outcome = delivery.refuse(page, tooLarge.envelope(), tooLarge(tooLarge));
                }
            } catch (RuntimeException e) {
                // issue 16: a surprise while building or archiving one report (a full disk, a folder
                // removed mid-run) fails that report, with the reason, and the run goes on
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                String reason = cause instanceof IOException io ? Printable.reason(io)
                        : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                DeliveryConfig.Recipients to = checked.delivery().recipientsOf(definition.id());
                outcome = new ReportOutcome(definition.id(), to.to(), to.cc(), checked.delivery().bccList(),
                        RunSummary.Status.FAILED, null, null, "not built or archived: " + Printable.escape(reason));
            }
            outcomes.add(outcome);
            listener.reportFinished(outcome);
          }
        }
        warnings.addAll(deliveryWarnings);
        RunSummary summary = new RunSummary(request.period(), outcomes, new ArrayList<>(warnings), request.asOf(),
                previous.orElse(null));
        try {
            archive.write(period, SummaryJson.FILE, SummaryJson.write(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener.runFinished(summary);
        return summary;
    }

    /** The sections the run adds at the end of a report: last month's delivery, on CEO reports. */
    private static List<Document.Section> closing(Optional<PeriodReview> previous, ReportDefinition definition) {
        return previous.isPresent() && definition.persona() == Persona.CEO
                ? List.of(deliveryNote(previous.get())) : List.of();
    }

    /** The CEO report's last lines: how last month's reports fared, from the ledger. */
    static Document.Section deliveryNote(PeriodReview previous) {
        return Document.Section.footer("Last month's reports", new Document.Paragraph(
                previous.period().month().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + previous.period().year() + ": " + previous.line() + "."));
    }

    /** How the month before fared; a ledger that cannot be read costs only this note, with a warning. */
    private Optional<PeriodReview> previous(RunRequest request, Set<Warning> warnings) {
        try {
            return PeriodReview.of(ledger, request.period().minusMonths(1));
        } catch (IOException | RuntimeException e) {
            warnings.add(Warning.of("ledger", "last month's deliveries could not be read (" + e.getMessage() + ")"));
            return Optional.empty();
        }
    }

    private static Envelope envelope(DeliveryConfig delivery, ReportDefinition definition, String period) {
        DeliveryConfig.Recipients to = delivery.recipientsOf(definition.id());
        return new Envelope(delivery.sender(), to.to(), to.cc(), delivery.bccList(), definition.subjectFor(period));
    }

    private static OutgoingMessage message(Packaged.Sendable p) {
        Envelope e = p.envelope();
        return new OutgoingMessage(p.report().id(), e.from(), e.to(), e.cc(), e.bcc(), e.subject(),
                p.message().messageId(), p.message().mime(), p.message().mimeWithoutBcc());
    }

    /** Why a report is not sent, and what its owner can change so it is. */
    private static String tooLarge(Packaged.TooLarge p) {
        String id = p.report().id();
        return String.format(Locale.ROOT, "not sent: the message is %s%,d bytes, over the %,d-byte limit of SES for one "
                + "message%s", p.lowerBound() ? "at least " : "", p.bytes(), p.limit(), p.report().definition().attachPdf()
                ? "; remove attach_pdf from report '" + id + "' in " + ReportsConfigParser.FILE
                + " or narrow its entities" : "; narrow its entities");
    }
}
