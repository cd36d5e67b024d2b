package com.execreports.engine.report;

import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Finding;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Items of a scoped view tagged with their entity, in the view's entity order. */
final class Scoped {
    private Scoped() {}

    /** @param order position in the view: entities in report order, items as written */
    record Tagged<T>(EntityView entity, T item, long order) {}

    static <T> List<Tagged<T>> all(ScopedView view, Function<EntityView, List<T>> items) {
        return all(view.entities(), items);
    }

    private static <T> List<Tagged<T>> all(List<EntityView> entities, Function<EntityView, List<T>> items) {
        return IntStream.range(0, entities.size()).boxed()
                .flatMap(e -> {
                    List<T> list = items.apply(entities.get(e));
                    return IntStream.range(0, list.size())
                            .mapToObj(i -> new Tagged<>(entities.get(e), list.get(i), ((long) e << 32) | i));
                })
                .toList();
    }

    /** Every finding in the view, the unassigned group's (from the AWS account) included. */
    static List<Tagged<Finding>> findingsBySeverity(ScopedView view) {
        return all(view.entitiesAndUnassigned(), e -> e.handoff().findings()).stream()
                .sorted(Comparator.comparing((Tagged<Finding> t) -> t.item().severity())
                        .thenComparingLong(Tagged::order))
                .toList();
    }

    static List<Tagged<Action>> actions(ScopedView view) {
        return all(view, e -> e.handoff().actions());
    }

    /** By impact, high first, then by due date, then as written. */
    static final Comparator<Tagged<Action>> BY_IMPACT = Comparator
            .comparingInt((Tagged<Action> t) -> -t.item().impact())
            .thenComparingInt(t -> t.item().dueDays())
            .thenComparingLong(Tagged::order);
}
