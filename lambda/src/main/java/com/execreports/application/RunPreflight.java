package com.execreports.application;

import com.execreports.engine.render.RenderWarmup;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Transport;
import com.execreports.domain.ConfigurationException;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio;
import com.execreports.engine.mail.Addresses;
import com.execreports.engine.parse.ReportsConfigParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a run checks before its first delivery, and nothing more: reports.yml and the
 * selection, every key and address, the handoffs and every entity they must name, the subjects
 * and, unless a dry run, the transport's preflight. Anything that makes the run impossible is a
 * {@link ConfigurationException} raised here, so nothing is half-sent; a dispatcher checks the
 * whole run this way before it hands reports to workers.
 */
public final class RunPreflight {
    private final PortfolioLoader loader;
    private final KeySource keys;
    private final Optional<Transport> transport;
    private final Optional<Archive> archive;
    private final Optional<Ledger> ledger;

    /** The whole check, the transport's preflight included (unless a dry run). */
    public RunPreflight(HandoffSource source, KeySource keys, Transport transport) {
        this(source, keys, Optional.of(transport), Optional.empty(), Optional.empty());
    }

    /**
     * The whole check, with the archive (and, unless a dry run, the ledger) checked to be writable
     * before anything is built (issue 16).
     */
    public RunPreflight(HandoffSource source, KeySource keys, Transport transport, Archive archive, Ledger ledger) {
        this(source, keys, Optional.of(transport), Optional.of(archive), Optional.of(ledger));
    }

    private RunPreflight(HandoffSource source, KeySource keys, Optional<Transport> transport,
                         Optional<Archive> archive, Optional<Ledger> ledger) {
        this.loader = new PortfolioLoader(source);
        this.keys = keys;
        this.transport = transport;
        this.archive = archive;
        this.ledger = ledger;
    }

    /**
     * The check a fan-out worker makes of its one report: everything but the transport's preflight,
     * which the dispatcher made for the whole run (sender and quota are the account's, not the
     * report's, and asking again for each report would spend SES calls against an account-wide rate).
     */
    public static RunPreflight withoutTransport(HandoffSource source, KeySource keys) {
        return new RunPreflight(source, keys, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CheckedRun check(RunRequest request) {
        try {
            ReportsConfig config = loader.reportsConfig();
            List<ReportDefinition> selected = select(config, request.only());
            for (String id : request.resend()) {
                // a typo here would send nothing again and say nothing: refuse it
                if (config.find(id).isEmpty()) {
                    throw new ConfigurationException("--resend: no report '" + id + "' in " + ReportsConfigParser.FILE);
                }
            }
            // charts and PDFs load on a second thread while the keys and handoffs are read
            RenderWarmup.start(selected.stream().anyMatch(ReportDefinition::attachPdf));
            DeliveryConfig delivery = DeliveryConfig.from(RunKeys.read(keys), selected);
            Portfolio portfolio = loader.load(request.period(), config).asOf(request.asOf());
            checkEntities(portfolio, selected);
            checkSubjects(selected, request.period().toString());
            Set<Warning> warnings = new LinkedHashSet<>(portfolio.warnings());
            String period = request.period().toString();
            archive.ifPresent(a -> a.preflight(period));
            if (!request.dryRun()) {
                ledger.ifPresent(l -> l.preflight(period));
                if (transport.isPresent()) {
                    warnings.addAll(transport.get().preflight(delivery.sender(), delivery.totalRecipients()));
                }
            }
            return new CheckedRun(request, config, selected, delivery, portfolio, new ArrayList<>(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            // the real reason is often a file that was skipped: say which, with its warning
            portfolio.warnings().stream()
                    .filter(w -> w.message().endsWith("skipped") || w.message().endsWith("refused"))
                    .forEach(w -> problems.add("  (a handoff was skipped: " + w.display() + ")"));
            throw new ConfigurationException(String.join("\n", problems));
        }
    }

    /** Header values come from reports.yml alone, so all of them are checked before the first report is built. */
    private static void checkSubjects(List<ReportDefinition> selected, String period) {
        for (ReportDefinition report : selected) {
            Addresses.rejectLineBreaks(ReportsConfigParser.FILE + " line " + report.line() + ": report '" + report.id()
                    + "' subject", report.subjectFor(period));
        }
    }
}
