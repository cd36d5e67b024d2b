package com.execreports.engine.report;

import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Warning;
import com.execreports.engine.Continuity.Tracked;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Decisions.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built report: what it says ({@link Document}), its computed figures (for the JSON), and the
 * entities and warnings of its scope.
 *
 * @param figures figure name (SPEC §5, §8.6) to a number, or a list of rows; {@code previous_<name>}
 *                for each numeric figure that had a value over the previous handoffs
 * @param previousPeriod the latest period among the entities' previous handoffs; {@code null} when none has one
 * @param decisions the first screen's "Decisions and deadlines" (SPEC §8.4)
 * @param actions every open action of the report's scope, with its anchored due date
 * @param typed the persona's figures as computed; {@code figures} is their JSON form plus the previous values
 */
public record Report(ReportDefinition definition, ReportingPeriod period, String subject, Document document,
                     Map<String, Object> figures, List<EntityView> entities, List<Warning> warnings,
                     LocalDate asOf, ReportingPeriod previousPeriod, List<Decision> decisions, List<ActionItem> actions,
                     PersonaFigures typed) {
    public Report {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** An open action as the JSON lists it (SPEC §8.6). */
    public record ActionItem(String entity, String action, String area, String owner, int impact, LocalDate due,
                             boolean overdue, boolean carriedOver, String tier, BigDecimal cost) {
        static ActionItem of(String entity, Tracked t) {
            var a = t.action();
            return new ActionItem(entity, a.action(), a.area().label(), a.owner(), a.impact(), t.due(), t.overdue(),
                    t.carriedOver(), a.tier() == null ? null : a.tier().label(), a.cost());
        }
    }

    /**
     * A report of the context's scope. The subject is the definition's with the headline figure,
     * starting with {@code [stale] } when any entity is stale (SPEC §8.4).
     */
    static Report of(Context context, Document document, PersonaFigures typed, List<Warning> extraWarnings,
                     String headlineFigure, List<Decision> decisions) {
        Map<String, Object> figures = typed.json();
        ScopedView view = context.view();
        List<Warning> warnings = new ArrayList<>(view.warnings());
        warnings.addAll(extraWarnings);
        if (view.entitiesAndUnassigned().size() == 1) {
            // a report about one entity: an Entity column would say the same on every row
            document = document.mapTables(t -> t.without(Document.Table.ENTITY));
        }
        Map<String, Object> all = new LinkedHashMap<>(figures);
        figures.forEach((name, value) -> {
            Object before = context.previous().get(name);
            if (value instanceof Number && before != null) {
                all.put("previous_" + name, before);
            }
        });
        boolean stale = view.entities().stream().anyMatch(EntityView::stale);
        String subject = (stale ? "[stale] " : "") + view.report().subjectFor(view.period().toString(), headlineFigure);
        List<ActionItem> actions = new ArrayList<>();
        Scoped.tracked(view).forEach(t -> actions.add(ActionItem.of(t.entity().id(), t.item())));
        view.assigned().forEach(a -> actions.add(ActionItem.of(a.entityId(), a.tracked())));
        return new Report(view.report(), view.period(), subject, document, all, view.entities(), warnings,
                view.asOf(), context.previousPeriod(), decisions, actions, typed);
    }

    /** The same report saying {@code document}. */
    public Report withDocument(Document document) {
        return new Report(definition, period, subject, document, figures, entities, warnings, asOf, previousPeriod,
                decisions, actions, typed);
    }

    public String id() {
        return definition.id();
    }
}
