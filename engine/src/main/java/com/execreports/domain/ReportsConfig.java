package com.execreports.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The whole of {@code reports.yml}: report definitions in file order and the CFO policies. */
public record ReportsConfig(List<ReportDefinition> reports, Policies policies) {
    public ReportsConfig {
        reports = List.copyOf(reports);
        Objects.requireNonNull(policies, "policies");
    }

    public Optional<ReportDefinition> find(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
