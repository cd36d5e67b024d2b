package com.execreports.application;

import com.execreports.application.port.AccountInspector;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A run checked by {@link RunPreflight} and ready to build: everything that could stop it was
 * checked, nothing was built or sent. {@code reports} are the selected reports, in order.
 */
public record CheckedRun(RunRequest request, ReportsConfig config, List<ReportDefinition> reports,
                         DeliveryConfig delivery, Portfolio portfolio, List<Warning> warnings) {
    public CheckedRun {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(portfolio, "portfolio");
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }

    /**
     * The same run with the AWS account as a second source of findings and figures. Call it only
     * once nothing can stop the run any more: Cost Explorer charges for every request.
     */
    public CheckedRun inspected(AccountInspector inspector) {
        Portfolio inspected = portfolio.withAccount(inspector.inspect(request.period()));
        Set<Warning> all = new LinkedHashSet<>(warnings);
        all.addAll(inspected.warnings());
        return new CheckedRun(request, config, reports, delivery, inspected, List.copyOf(all));
    }
}
