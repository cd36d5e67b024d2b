package com.execreports.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of {@code reports.yml}: report definitions in file order, the CFO policies and the
 * accounting roadmap (SPEC §8.1).
 */
public record ReportsConfig(List<ReportDefinition> reports, Policies policies, List<Milestone> roadmap) {
    /** One roadmap milestone with its fixed date. */
    public record Milestone(String milestone, LocalDate due, String owner, boolean done) {
        public Milestone {
            Objects.requireNonNull(milestone, "milestone");
            Objects.requireNonNull(due, "due");
        }
    }

    public ReportsConfig {
        reports = List.copyOf(reports);
        Objects.requireNonNull(policies, "policies");
        roadmap = roadmap == null ? List.of() : List.copyOf(roadmap);
    }

    public ReportsConfig(List<ReportDefinition> reports, Policies policies) {
        this(reports, policies, List.of());
    }

    public Optional<ReportDefinition> find(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
