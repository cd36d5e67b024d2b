package com.execreports.application;

import com.execreports.engine.render.RenderWarmup;
import com.execreports.application.port.HandoffSource;
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
    private final Transport transport;

    public RunPreflight(HandoffSource source, KeySource keys, Transport transport) {
        this.loader = new PortfolioLoader(source);
        this.keys = keys;
        this.transport = transport;
    }

    public CheckedRun check(RunRequest request) {
        try {
            ReportsConfig config = loader.reportsConfig();
            List<ReportDefinition> selected = select(config, request.only());
            // charts and PDFs load on a second thread while the keys and handoffs are read
            RenderWarmup.start(selected.stream().anyMatch(ReportDefinition::attachPdf));
            DeliveryConfig delivery = DeliveryConfig.from(keys.load(), keys.describe(), selected);
            Portfolio portfolio = loader.load(request.period());
            checkEntities(portfolio, selected);
            checkSubjects(selected, request.period().toString());
            Set<Warning> warnings = new LinkedHashSet<>(portfolio.warnings());
            if (!request.dryRun()) {
                warnings.addAll(transport.preflight(delivery.sender(), delivery.totalRecipients()));
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
