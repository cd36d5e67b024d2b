package com.execreports.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of {@code reports.yml}: report definitions in file order, the CFO policies, the
 * accounting roadmap (SPEC §8.1), and how many entities a report shows one by one
 * ({@code max_entities_shown}).
 *
 * @param maxEntitiesShown a report over more entities shows this many, those that matter most, and
 *                         a total of the rest; every entity is in its CSV attachment
 */
public record ReportsConfig(List<ReportDefinition> reports, Policies policies, List<Milestone> roadmap,
                            int maxEntitiesShown) {
    /** {@code max_entities_shown} when reports.yml does not say. */
    public static final int DEFAULT_MAX_ENTITIES_SHOWN = 25;

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
        if (maxEntitiesShown < 1) {
            throw new IllegalArgumentException("maxEntitiesShown must be at least 1");
        }
    }

    public ReportsConfig(List<ReportDefinition> reports, Policies policies, List<Milestone> roadmap) {
        this(reports, policies, roadmap, DEFAULT_MAX_ENTITIES_SHOWN);
    }

    public ReportsConfig(List<ReportDefinition> reports, Policies policies, int maxEntitiesShown) {
        this(reports, policies, List.of(), maxEntitiesShown);
    }

    public ReportsConfig(List<ReportDefinition> reports, Policies policies) {
        this(reports, policies, List.of(), DEFAULT_MAX_ENTITIES_SHOWN);
    }

    public Optional<ReportDefinition> find(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
