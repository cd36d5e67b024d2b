package com.execreports.engine.report;

import com.execreports.engine.Continuity.Tracked;
import com.execreports.engine.ScopedView;
import com.execreports.engine.report.Scoped.Tagged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The owner roll-up (SPEC §8.5): per owner, open actions, Σ effort days, earliest due, entities; largest load first. */
final class Owners {
    private Owners() {}

    record Load(String owner, int openActions, BigDecimal effortDays, LocalDate earliestDue, Set<String> entities) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("owner", owner);
            m.put("open_actions", openActions);
            m.put("effort_days", effortDays);
            m.put("earliest_due", earliestDue.toString());
            return m;
        }
    }

    static List<Load> of(ScopedView view) {
        return of(Scoped.tracked(view));
    }

    static List<Load> of(List<Tagged<Tracked>> actions) {
        Map<String, Load> byOwner = new LinkedHashMap<>();
        for (Tagged<Tracked> t : actions) {
            var a = t.item().action();
            BigDecimal effort = a.effortDays() == null ? BigDecimal.ZERO : a.effortDays();
            Load before = byOwner.get(a.owner());
            Set<String> entities = new LinkedHashSet<>(before == null ? Set.of() : before.entities());
            entities.add(t.entity().name());
            byOwner.put(a.owner(), before == null
                    ? new Load(a.owner(), 1, effort, t.item().due(), entities)
                    : new Load(a.owner(), before.openActions() + 1, before.effortDays().add(effort),
                            t.item().due().isBefore(before.earliestDue()) ? t.item().due() : before.earliestDue(),
                            entities));
        }
        List<Load> loads = new ArrayList<>(byOwner.values());
        loads.sort(Comparator.comparingInt((Load l) -> -l.openActions())
                .thenComparing(Load::effortDays, Comparator.reverseOrder()));
        return loads;
    }

    static Document.Table table(List<Load> loads) {
        TableBuilder table = new TableBuilder().text("Owner").number("Open actions").number("Effort days")
                .number("Earliest due").text("Entities");
        for (Load l : loads) {
            table.row(l.owner(), String.valueOf(l.openActions()), Format.number(l.effortDays()),
                    Format.date(l.earliestDue()), String.join(", ", l.entities()));
        }
        return table.build("No open actions.");
    }
}
