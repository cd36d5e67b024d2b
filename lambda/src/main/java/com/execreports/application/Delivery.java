package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.Archive;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.State;
import com.execreports.application.port.Ledger.Versioned;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Printable;
import com.execreports.domain.ReportFiles;
import com.execreports.domain.Warning;
import com.execreports.engine.mail.MessageComposer.Envelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Claim → archive → send → record, for each report of one run. A report already sent is skipped;
 * a claim without an outcome (a run that died between claim and send, or a send that timed out)
 * is in doubt and never sent again on its own; a failed one is tried again. {@code resend}
 * overrides the first two on purpose. One instance per run.
 */
final class Delivery {
    /**
     * What is archived for one report beside its message: the page, its data and further files.
     *
     * @param assets further files by name: the page's chart PNGs, the PDF copy
     */
    record Page(String reportId, byte[] html, byte[] json, Map<String, byte[]> assets) {}

    private final String period;
    private final Ledger ledger;
    private final Transport transport;
    private final Archive archive;
    private final Clock clock;
    private final List<Warning> warnings;
    private final String runId = UUID.randomUUID().toString();


    Delivery(String period, Ledger ledger, Transport transport, Archive archive, Clock clock, List<Warning> warnings) {
        this.period = period;
        this.ledger = ledger;
        this.transport = transport;
        this.archive = archive;
        this.clock = clock;
        this.warnings = warnings;
    }

    ReportOutcome dryRun(OutgoingMessage message, Page page) {
        try {
            archive(message, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcome(message, Status.SKIPPED, null, null, "dry run: built and archived, not sent");
    }

    /**
     * A message that must not go out (e.g. over the size limit): the page, data and charts are
     * archived for review, but not the message, and nothing is claimed, so a later run sends it
     * once the cause is fixed.
     */
    ReportOutcome refuse(Page page, Envelope envelope, String error) {
        try {
            archivePage(page);
        } catch (IOException e) {
            warnings.add(Warning.of("archive", "report '" + page.reportId() + "': not archived ("
                    + Printable.reason(e) + ")"));
        }
        return new ReportOutcome(page.reportId(), envelope.to(), envelope.cc(), envelope.bcc(), Status.FAILED, null,
                null, error);
    }

    ReportOutcome deliver(OutgoingMessage message, Page page, boolean resend) {
        String version;
        try {
            Claim claim;
            try {
                claim = claim(message, resend);
            } catch (Ledger.BrokenEntryException broken) {
                // it may have been sent: never send it again on a guess
                return outcome(message, Status.IN_DOUBT, null, null, "the ledger entry " + broken.getMessage()
                        + "; check the audit copy, then remove that file and resend it on purpose if it did not"
                        + " arrive");
            }
            if (claim.version().isEmpty()) {
                return alreadyHandled(message, claim.existing());
            }
            version = claim.version().get();
        } catch (IOException e) {
            return outcome(message, Status.FAILED, null, null, "not sent: ledger unavailable ("
                    + Printable.reason(e) + ")");
        }
        try {
            // the archive holds exactly what is sent, written once this run owns the report
            archive(message, page);
        } catch (IOException | RuntimeException e) {
            // nothing went out: the claim is released as failed, so the next run sends it instead of
            // reporting it in doubt forever
            String reason = "not sent: the archive could not be written (" + (e instanceof IOException io
                    ? Printable.reason(io) : e.getClass().getSimpleName()) + ")";
            record(message, version, entry(State.FAILED, message, null, reason));
            return outcome(message, Status.FAILED, null, null, reason);
        }
        try {
            String providerId = transport.deliver(message);
            record(message, version, entry(State.SENT, message, providerId, null));
            return outcome(message, Status.SENT, message.messageId(), providerId, null);
        } catch (Transport.DeliveryException e) {
            if (e.inDoubt()) {
                // leave the bare claim: a later run reports it in doubt instead of sending it again
                return outcome(message, Status.IN_DOUBT, message.messageId(), null, e.getMessage());
            }
            record(message, version, entry(State.FAILED, message, null, e.getMessage()));
            return outcome(message, Status.FAILED, null, null, e.getMessage());
        }
    }

    /** The new version when this run now owns the report; otherwise the entry that holds it. */
    private record Claim(Optional<String> version, Optional<Entry> existing) {}

    private Claim claim(OutgoingMessage message, boolean resend) throws IOException {
        Entry claim = entry(State.CLAIMED, message, null, null);
        Optional<String> created = ledger.create(period, message.reportId(), claim);
        if (created.isPresent()) {
            return new Claim(created, Optional.empty());
        }
        Optional<Versioned> existing = ledger.read(period, message.reportId());
        if (existing.isEmpty()) {
            return new Claim(ledger.create(period, message.reportId(), claim), Optional.empty());
        }
        Entry current = existing.get().entry();
        if (resend || current.state() == State.FAILED) {
            return new Claim(ledger.replace(period, message.reportId(), claim, existing.get().version()),
                    Optional.of(current));
        }
        return new Claim(Optional.empty(), Optional.of(current));
    }

    private ReportOutcome alreadyHandled(OutgoingMessage message, Optional<Entry> existing) {
        if (existing.isEmpty() || existing.get().state() == State.FAILED) {
            return outcome(message, Status.SKIPPED, null, null, "claimed by a concurrent run for the same period");
        }
        Entry current = existing.get();
        if (current.state() == State.SENT) {
            return outcome(message, Status.SKIPPED, current.messageId(), current.providerMessageId(),
                    "already sent at " + current.updated() + "; not sent again (resend it on purpose to repeat)");
        }
        return outcome(message, Status.IN_DOUBT, current.messageId(), null, "claimed at " + current.updated()
                + " by run " + current.runId() + " with no recorded outcome; check the audit copy, then resend it"
                + " on purpose if it did not arrive");
    }

    private void record(OutgoingMessage message, String version, Entry entry) {
        try {
            if (ledger.replace(period, message.reportId(), entry, version).isEmpty()) {
                throw new IOException("the entry was changed by another run");
            }
        } catch (IOException e) {
            // only the record is missing: the next run sees a bare claim and reports it in doubt
            warnings.add(Warning.of("ledger", "report '" + message.reportId() + "': outcome not recorded ("
                    + Printable.reason(e) + ")"));
        }
    }

    private void archive(OutgoingMessage message, Page page) throws IOException {
        archive.write(period, ReportFiles.eml(message.reportId()), message.mime());
        archivePage(page);
    }

    private void archivePage(Page page) throws IOException {
        String id = page.reportId();
        // the images first, so a reader who finds the page finds its charts
        for (Map.Entry<String, byte[]> asset : page.assets().entrySet()) {
            archive.write(period, asset.getKey(), asset.getValue());
        }
        archive.write(period, ReportFiles.html(id), page.html());
        archive.write(period, ReportFiles.json(id), page.json());
    }

    private Entry entry(State state, OutgoingMessage message, String providerId, String error) {
        return new Entry(state, message.messageId(), providerId, error, runId, clock.instant());
    }

    private static ReportOutcome outcome(OutgoingMessage m, Status status, String messageId, String providerId,
                                         String error) {
        return new ReportOutcome(m.reportId(), m.to(), m.cc(), m.bcc(), status, messageId, providerId, error);
    }
}
