package com.execreports.engine.report;

import com.execreports.engine.Continuity.Tracked;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.Assigned;
import com.execreports.engine.report.Figures.PolicyViolation;
import com.execreports.engine.report.Scoped.Tagged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Decisions and deadlines" (SPEC §8.4): at most five, filled in order until full — overdue
 * actions, oldest due first; actions due within 14 days after the as-of date, by due date then
 * impact; then, where given, policy violations. Every open action of the report counts, assigned
 * and tiered ones included.
 */
public final class Decisions {
    static final int MAX = 5;
    static final int DUE_SOON_DAYS = 14;

    private Decisions() {}

    /** What a decision is about. */
    public enum Kind {
        OVERDUE("overdue"), DUE_SOON("due_soon"), VIOLATION("violation");

        public final String json;

        Kind(String json) {
            this.json = json;
        }
    }

    /** @param owner and {@code due} are {@code null} for a policy violation */
    public record Decision(Kind kind, String text, String owner, String entity, String entityName, LocalDate due,
                    int impact) {}

    static List<Decision> of(ScopedView view, List<PolicyViolation> violations) {
        List<Decision> actions = new ArrayList<>();
        for (Tagged<Tracked> t : Scoped.tracked(view)) {
            decision(t.item(), t.entity().id(), t.entity().name(), view.asOf()).ifPresent(actions::add);
        }
        for (Assigned a : view.assigned()) {
            decision(a.tracked(), a.entityId(), a.entityName(), view.asOf()).ifPresent(actions::add);
        }
        List<Decision> all = new ArrayList<>();
        actions.stream().filter(d -> d.kind() == Kind.OVERDUE)
                .sorted(Comparator.comparing(Decision::due)).forEach(all::add);
        actions.stream().filter(d -> d.kind() == Kind.DUE_SOON)
                .sorted(Comparator.comparing(Decision::due).thenComparing(d -> -d.impact())).forEach(all::add);
        for (PolicyViolation v : violations) {
            all.add(new Decision(Kind.VIOLATION, v.detail(), null, v.entity(), name(view, v.entity()), null, 0));
        }
        return all.stream().limit(MAX).toList();
    }

    private static java.util.Optional<Decision> decision(Tracked t, String entity, String name, LocalDate asOf) {
        if (t.overdue()) {
            return java.util.Optional.of(new Decision(Kind.OVERDUE, t.action().action(), t.action().owner(), entity,
                    name, t.due(), t.action().impact()));
        }
        if (!t.due().isAfter(asOf.plusDays(DUE_SOON_DAYS))) {
            return java.util.Optional.of(new Decision(Kind.DUE_SOON, t.action().action(), t.action().owner(), entity,
                    name, t.due(), t.action().impact()));
        }
        return java.util.Optional.empty();
    }

    private static String name(ScopedView view, String id) {
        return view.entities().stream().filter(e -> e.id().equals(id)).map(e -> e.name()).findFirst().orElse(id);
    }

    /** The section of the first screen. */
    static Document.Section section(List<Decision> decisions, LocalDate asOf) {
        TableBuilder table = new TableBuilder().text("When").text("What").text("Who").text("Entity");
        for (Decision d : decisions) {
            String when = switch (d.kind()) {
                case OVERDUE -> "Overdue since " + Format.date(d.due());
                case DUE_SOON -> "Due " + Format.date(d.due());
                case VIOLATION -> "Policy";
            };
            table.row(when, d.text(), d.owner() == null ? "—" : d.owner(), d.entityName());
        }
        return Document.Section.of("Decisions and deadlines", table.build("Nothing is overdue or due by "
                + Format.date(asOf.plusDays(DUE_SOON_DAYS)) + "."));
    }
}
