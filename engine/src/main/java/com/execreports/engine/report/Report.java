package com.execreports.engine.report;

import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView.EntityView;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built report: what it says ({@link Document}), its computed figures (for the JSON), and the
 * entities and warnings of its scope.
 *
 * @param figures figure name (SPEC §5) to a number, or for {@code policy_violations} a list
 */
public record Report(ReportDefinition definition, YearMonth period, String subject, Document document,
                     Map<String, Object> figures, List<EntityView> entities, List<Warning> warnings) {
    public Report {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }

    /** A report of {@code view}'s scope; the subject is the definition's, for the view's period. */
    static Report of(com.execreports.engine.ScopedView view, Document document, Map<String, Object> figures) {
        return of(view, document, figures, List.of());
    }

    /** As {@link #of(com.execreports.engine.ScopedView, Document, Map)}, with warnings about the report itself. */
    static Report of(com.execreports.engine.ScopedView view, Document document, Map<String, Object> figures,
                     List<Warning> extraWarnings) {
        List<Warning> warnings = new java.util.ArrayList<>(view.warnings());
        warnings.addAll(extraWarnings);
        return new Report(view.report(), view.period(), view.report().subjectFor(view.period().toString()),
                document, figures, view.entities(), warnings);
    }

    public String id() {
        return definition.id();
    }
}
