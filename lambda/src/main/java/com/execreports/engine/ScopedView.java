package com.execreports.engine;

import com.execreports.domain.Area;
import com.execreports.domain.Handoff;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio.EntityState;
import com.execreports.engine.Portfolio.Status;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The only part of the portfolio a report is built from: its entities, with Findings and Actions
 * cut down to its persona's areas, and the warnings of its entities' files. Scope is enforced here
 * and nowhere else, so nothing outside it can reach a template by mistake.
 */
public record ScopedView(ReportDefinition report, YearMonth period, List<EntityView> entities, Policies policies,
                         List<Warning> warnings) {

    /** One in-scope entity. */
    public record EntityView(Handoff handoff, Status status) {
        public String id() {
            return handoff.entity();
        }

        public String name() {
            return handoff.name();
        }

        public boolean stale() {
            return status == Status.STALE;
        }

        public boolean hasData() {
            return status != Status.NO_DATA;
        }
    }

    public ScopedView {
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }

    public static ScopedView of(Portfolio portfolio, ReportDefinition report, Policies policies) {
        Set<Area> areas = report.persona().areas();
        List<String> ids = report.allEntities() ? portfolio.entityIds() : report.entities();
        List<EntityView> entities = ids.stream()
                .map(id -> portfolio.entity(id).orElseThrow(() -> new IllegalStateException("unresolved " + id)))
                .map(state -> view(state, areas))
                .toList();
        Set<String> inScope = Set.copyOf(ids);
        // a file that was skipped (no front matter, not UTF-8, too large) belongs to no entity
        List<Warning> warnings = portfolio.warnings().stream()
                .filter(w -> {
                    String entity = portfolio.fileEntities().get(w.file());
                    return entity != null && inScope.contains(entity);
                })
                .toList();
        return new ScopedView(report, portfolio.period(), entities, policies, warnings);
    }

    private static EntityView view(EntityState state, Set<Area> areas) {
        return new EntityView(state.handoff().restrictedTo(areas), state.status());
    }

    public List<String> entityIds() {
        return entities.stream().map(EntityView::id).toList();
    }

    public List<Handoff> handoffs() {
        return entities.stream().map(EntityView::handoff).toList();
    }
}
