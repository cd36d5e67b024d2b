package com.execreports.engine.report;

import com.execreports.engine.Portfolio.Status;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.domain.ReportingPeriod;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as it would have read last month (SPEC §8.6): the same scope over each entity's
 * previous handoff, as if the report period were the latest of those handoffs' periods. Entities
 * in their first month are left out; with none left there is no previous report.
 */
final class Previous {
    private Previous() {}

    static Optional<ScopedView> view(ScopedView view) {
        List<EntityView> before = view.entities().stream().filter(e -> e.hasData() && e.previous() != null)
                .map(e -> new EntityView(e.previous(), Status.CURRENT, null, e.history().subList(1, e.history().size())))
                .toList();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        ReportingPeriod period = before.stream().map(e -> e.handoff().period()).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new ScopedView(view.report(), period, before, view.policies(), List.of(), Optional.empty(),
                false, ScopedView.defaultAsOf(period), List.of(), view.roadmap()));
    }

    /** The numeric figures of a report: the ones that have a previous value. */
    static Map<String, Object> numbers(Map<String, Object> figures) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        figures.forEach((name, value) -> {
            if (value instanceof Number) {
                numbers.put(name, value);
            }
        });
        return numbers;
    }
}
