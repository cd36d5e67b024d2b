package com.execreports.engine;

import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Kpi;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one entity's handoff says against the handoffs before it (SPEC §8.2): carried-over and
 * overdue actions with their anchored due dates, closed actions, new and resolved findings, and
 * previous KPI values. Pure: the as-of date is passed in.
 */
public final class Continuity {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");

    private Continuity() {}

    /**
     * An open action with the date it is really due.
     *
     * @param due the earliest due date along the chain of consecutive handoffs holding it
     * @param carriedOver whether the previous handoff holds it open too
     */
    public record Tracked(Action action, LocalDate due, boolean carriedOver, boolean overdue) {}

    /** Case-folded, whitespace collapsed, trailing punctuation removed: how items match across months. */
    public static String normalised(String text) {
        String collapsed = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(collapsed).replaceAll("");
    }

    /**
     * One open action of {@code current}, tracked back through {@code history} (newest first).
     */
    public static Tracked track(Action action, Handoff current, List<Handoff> history, LocalDate asOf) {
        String key = normalised(action.action());
        LocalDate due = action.dueDate(current.period());
        boolean carried = false;
        for (Handoff earlier : history) {
            Optional<Action> match = openMatch(earlier, key);
            if (match.isEmpty()) {
                break;
            }
            carried = true;
            LocalDate then = match.get().dueDate(earlier.period());
            due = then.isBefore(due) ? then : due;
        }
        return new Tracked(action, due, carried, due.isBefore(asOf));
    }

    /** The open actions of {@code current}, in handoff order, tracked. */
    public static List<Tracked> openActions(Handoff current, List<Handoff> history, LocalDate asOf) {
        return current.actions().stream().filter(Action::open).map(a -> track(a, current, history, asOf)).toList();
    }

    /** Actions open in {@code previous} and absent, done or dropped in {@code current}. */
    public static List<Action> closed(Handoff current, Handoff previous) {
        Set<String> stillOpen = current.actions().stream().filter(Action::open)
                .map(a -> normalised(a.action())).collect(Collectors.toSet());
        return previous.actions().stream().filter(Action::open)
                .filter(a -> !stillOpen.contains(normalised(a.action()))).toList();
    }

    /** Whether no finding of {@code previous} has the same text; a first month has nothing new. */
    public static boolean isNew(Finding finding, Handoff previous) {
        if (previous == null || finding.source() != Finding.Source.HANDOFF) {
            return false;
        }
        String key = normalised(finding.text());
        return previous.findings().stream().noneMatch(f -> normalised(f.text()).equals(key));
    }

    /** Findings of {@code previous} with no match in {@code current}. */
    public static List<Finding> resolved(Handoff current, Handoff previous) {
        Set<String> now = current.findings().stream().map(f -> normalised(f.text())).collect(Collectors.toSet());
        return previous.findings().stream().filter(f -> !now.contains(normalised(f.text()))).toList();
    }

    /** The same KPI (by name) in the previous handoff, when it had a value there. */
    public static Optional<Kpi> previousKpi(Kpi kpi, Handoff previous) {
        if (previous == null) {
            return Optional.empty();
        }
        String key = normalised(kpi.kpi());
        return previous.kpis().stream().filter(k -> normalised(k.kpi()).equals(key) && k.value() != null).findFirst();
    }

    private static Optional<Action> openMatch(Handoff handoff, String key) {
        return handoff.actions().stream().filter(a -> a.open() && normalised(a.action()).equals(key)).findFirst();
    }
}
