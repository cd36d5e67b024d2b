package com.execreports.engine;

import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.Area;
import com.execreports.domain.Handoff;
import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio.EntityState;
import com.execreports.engine.Portfolio.Status;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
public record ScopedView(ReportDefinition report, YearMonth period, List<EntityView> entities, Policies policies,
                         List<Warning> warnings, Optional<EntityView> unassigned, boolean inspected) {

    /** The personas that oversee the whole portfolio and so see resources no entity owns. */
    public static final Set<Persona> UNASSIGNED_PERSONAS = EnumSet.of(Persona.CEO, Persona.CTO);

    /**
     * One in-scope entity.
     *
     * @param account resources and cost seen in the AWS account, limited to the persona's areas;
     *                {@code null} when the account was not inspected
     */
    public record EntityView(Handoff handoff, Status status, @Nullable Observed account) {
        public EntityView(Handoff handoff, Status status) {
            this(handoff, status, null);
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

    public ScopedView {
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(unassigned, "unassigned");
    }

    public ScopedView(ReportDefinition report, YearMonth period, List<EntityView> entities, Policies policies,
                      List<Warning> warnings) {
        this(report, period, entities, policies, warnings, Optional.empty(), false);
    }

    public static ScopedView of(Portfolio portfolio, ReportDefinition report, Policies policies) {
        Set<Area> areas = report.persona().areas();
        List<String> ids = report.allEntities() ? portfolio.entityIds() : report.entities();
        List<EntityView> entities = ids.stream()
                .map(id -> portfolio.entity(id).orElseThrow(() -> new IllegalStateException("unresolved " + id)))
                .map(state -> view(state, areas))
                .toList();
        Set<String> inScope = Set.copyOf(ids);
        // a warning about no handoff of the scope (an unreadable file, the AWS account) is the summary's alone
        List<Warning> warnings = portfolio.warnings().stream()
                .filter(w -> portfolio.fileEntities().containsKey(w.file())
                        && inScope.contains(portfolio.fileEntities().get(w.file())))
                .toList();
        Optional<EntityView> unassigned = portfolio.unassigned()
                .filter(u -> UNASSIGNED_PERSONAS.contains(report.persona()))
                .map(u -> view(u, areas));
        return new ScopedView(report, portfolio.period(), entities, policies, warnings, unassigned,
                portfolio.inspected());
    }

    private static EntityView view(EntityState state, Set<Area> areas) {
        Observed account = state.account() == null ? null : state.account().restrictedTo(areas);
        return new EntityView(state.handoff().restrictedTo(areas), state.status(), account);
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
