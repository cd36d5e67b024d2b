package com.execreports.engine;

import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.Area;
import com.execreports.domain.Handoff;
import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.ReportsConfig.Milestone;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio.EntityState;
import com.execreports.engine.Portfolio.Status;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The only part of the portfolio a report is built from: its entities, with Findings and Actions
 * cut down to its persona's areas, and the warnings of its entities' files. Scope is enforced here
 * and nowhere else, so nothing outside it can reach a template by mistake.
 *
 * @param unassigned what inspecting the AWS account found on no entity: only the portfolio-level
 *                   personas ({@link #UNASSIGNED_PERSONAS}) see it, cut down to their areas
 * @param inspected whether the AWS account was inspected, so that reports show observed figures
 */
public record ScopedView(ReportDefinition report, ReportingPeriod period, List<EntityView> entities, Policies policies,
                         List<Warning> warnings, Optional<EntityView> unassigned, boolean inspected,
                         LocalDate asOf, List<Assigned> assigned, List<Milestone> roadmap) {

    /** The personas that oversee the whole portfolio and so see resources no entity owns. */
    public static final Set<Persona> UNASSIGNED_PERSONAS = EnumSet.of(Persona.CEO, Persona.CTO);

    /**
     * One in-scope entity.
     *
     * @param account resources and cost seen in the AWS account, limited to the persona's areas;
     *                {@code null} when the account was not inspected
     */
    public record EntityView(Handoff handoff, Status status, @Nullable Observed account,
                             List<Handoff> history) {
        public EntityView {
            history = history == null ? List.of() : List.copyOf(history);
        }

        public EntityView(Handoff handoff, Status status) {
            this(handoff, status, null, List.of());
        }

        public EntityView(Handoff handoff, Status status, Observed account) {
            this(handoff, status, account, List.of());
        }

        /** The previous handoff (SPEC §8.2), cut to the same scope; {@code null} in a first month. */
        public Handoff previous() {
            return history.isEmpty() ? null : history.get(0);
        }

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
            return status != Status.NO_DATA && status != Status.UNUSABLE;
        }

        /** Whether its handoff file was refused (unreadable, not UTF-8, too large...). */
        public boolean unusable() {
            return status == Status.UNUSABLE;
        }
    }

    /**
     * An open action of an entity outside the report's scope whose owner is one of the report's
     * {@code assignees} (SPEC §8.5): the action and its entity's name, nothing else of that entity.
     */
    public record Assigned(String entityId, String entityName, Continuity.Tracked tracked) {}

    public ScopedView {
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(unassigned, "unassigned");
        Objects.requireNonNull(asOf, "asOf");
        assigned = List.copyOf(assigned);
        roadmap = List.copyOf(roadmap);
    }

    public ScopedView(ReportDefinition report, ReportingPeriod period, List<EntityView> entities, Policies policies,
                      List<Warning> warnings) {
        this(report, period, entities, policies, warnings, Optional.empty(), false);
    }

    public ScopedView(ReportDefinition report, ReportingPeriod period, List<EntityView> entities, Policies policies,
                      List<Warning> warnings, Optional<EntityView> unassigned, boolean inspected) {
        this(report, period, entities, policies, warnings, unassigned, inspected, defaultAsOf(period), List.of(),
                List.of());
    }

    /** The day a scheduled run for {@code period} goes out: the first day after it. */
    public static LocalDate defaultAsOf(ReportingPeriod period) {
        return period.next().firstDay();
    }

    public static ScopedView of(Portfolio portfolio, ReportDefinition report, Policies policies) {
        return of(portfolio, report, policies, List.of());
    }

    /** The view of one report, with the accounting roadmap of reports.yml (shown by the accounting persona). */
    public static ScopedView of(Portfolio portfolio, ReportDefinition report, Policies policies,
                                List<Milestone> roadmap) {
        Set<Area> areas = report.persona().areas();
        List<String> ids = report.allEntities() ? portfolio.entityIds() : report.entities();
        List<EntityView> entities = ids.stream()
                .map(id -> portfolio.entity(id).orElseThrow(() -> new IllegalStateException("unresolved " + id)))
                .map(state -> view(state, areas, report.persona() == Persona.CFO))
                .toList();
        Set<String> inScope = Set.copyOf(ids);
        // a warning about no handoff of the scope (an unreadable file, the AWS account) is the summary's alone
        List<Warning> warnings = portfolio.warnings().stream()
                .filter(w -> portfolio.fileEntities().containsKey(w.file())
                        && inScope.contains(portfolio.fileEntities().get(w.file())))
                .toList();
        Optional<EntityView> unassigned = portfolio.unassigned()
                .filter(u -> UNASSIGNED_PERSONAS.contains(report.persona()))
                .map(u -> view(u, areas, false));
        List<Milestone> shownRoadmap = report.persona() == Persona.ACCOUNTING ? roadmap : List.of();
        return new ScopedView(report, portfolio.period(), entities, policies, warnings, unassigned,
                portfolio.inspected(), portfolio.asOf(), assigned(portfolio, report, inScope), shownRoadmap);
    }

    private static EntityView view(EntityState state, Set<Area> areas, boolean tiered) {
        Observed account = state.account() == null ? null : state.account().restrictedTo(areas);
        return new EntityView(state.handoff().restrictedTo(areas, tiered), state.status(), account,
                state.history().stream().map(h -> h.restrictedTo(areas, tiered)).toList());
    }

    /** Open actions of other entities owned by one of the report's assignees: the action alone, nothing else. */
    private static List<Assigned> assigned(Portfolio portfolio, ReportDefinition report, Set<String> inScope) {
        if (report.assignees().isEmpty()) {
            return List.of();
        }
        Set<String> owners = report.assignees().stream().map(Continuity::normalised).collect(Collectors.toSet());
        List<Assigned> assigned = new ArrayList<>();
        for (String id : portfolio.entityIds()) {
            EntityState state = portfolio.entity(id).orElseThrow();
            if (inScope.contains(id) || state.status() == Status.NO_DATA) {
                continue;
            }
            for (Continuity.Tracked t : Continuity.openActions(state.handoff(), state.history(), portfolio.asOf())) {
                if (owners.contains(Continuity.normalised(t.action().owner()))) {
                    assigned.add(new Assigned(id, state.handoff().name(), t));
                }
            }
        }
        return assigned;
    }

    public List<String> entityIds() {
        return entities.stream().map(EntityView::id).toList();
    }

    public List<Handoff> handoffs() {
        return entities.stream().map(EntityView::handoff).toList();
    }

    /** The entities, then the unassigned group when this view has it: where findings are listed. */
    public List<EntityView> entitiesAndUnassigned() {
        List<EntityView> all = new ArrayList<>(entities);
        unassigned.ifPresent(all::add);
        return all;
    }

    /** The handoffs of {@link #entitiesAndUnassigned()}. */
    public List<Handoff> handoffsAndUnassigned() {
        return entitiesAndUnassigned().stream().map(EntityView::handoff).toList();
    }
}
