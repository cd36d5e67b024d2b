package com.execreports.engine.report;

import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Finding;
import com.execreports.engine.Continuity;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.Paragraph;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Scoped.Tagged;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Parts every report shares: findings, action tables, notices and the opening summary. */
final class Common {
    private Common() {}

    static Section findings(ScopedView view, String heading) {
        TableBuilder table = new TableBuilder().text("Severity").text("Entity").text("Area").text("Finding");
        for (Tagged<Finding> t : Scoped.findingsBySeverity(view)) {
            table.row(t.item().severity().label(), t.entity().name(), t.item().area().label(),
                    findingText(t.entity(), t.item()));
        }
        return Section.of(heading, table.build("No findings were reported."));
    }

    /** Actions as who does what by when. */
    static Block actionTable(ScopedView view, List<Tagged<Action>> actions, String whenEmpty) {
        TableBuilder table = new TableBuilder().number("#").text("Who").text("What").text("Entity")
                .text("Area").number("By").number("Impact");
        int n = 1;
        for (Tagged<Action> t : actions) {
            Action a = t.item();
            Continuity.Tracked tracked = Scoped.track(view, t);
            table.row(String.valueOf(n++), a.owner(), a.action() + (tracked.carriedOver() ? " (carried over)" : ""),
                    t.entity().name(), a.area().label(), due(tracked), a.impact() + "/10");
        }
        return table.build(whenEmpty);
    }

    /** A due date as a reader needs it: overdue said in words. */
    static String due(Continuity.Tracked t) {
        return Format.date(t.due()) + (t.overdue() ? " (overdue)" : "");
    }

    /** "Closed since <previous period>": actions open last month and done, dropped or gone now. */
    static java.util.Optional<Section> closedActions(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Action").text("Who");
        ReportingPeriod previous = null;
        for (EntityView e : view.entities()) {
            if (e.previous() == null) {
                continue;
            }
            previous = previous == null || e.previous().period().isAfter(previous) ? e.previous().period() : previous;
            for (Action a : Continuity.closed(e.handoff(), e.previous())) {
                table.row(e.name(), a.action(), a.owner());
            }
        }
        if (previous == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Section.of("Closed since " + Format.month(previous),
                table.build("No action of last month was closed.")));
    }

    /** "Resolved since <previous period>": last month's findings of this scope that are gone now. */
    static java.util.Optional<Section> resolvedFindings(ScopedView view, java.util.function.Predicate<Finding> shown) {
        TableBuilder table = new TableBuilder().text("Entity").text("Severity").text("Finding");
        ReportingPeriod previous = null;
        for (EntityView e : view.entities()) {
            if (e.previous() == null) {
                continue;
            }
            previous = previous == null || e.previous().period().isAfter(previous) ? e.previous().period() : previous;
            for (Finding f : Continuity.resolved(e.handoff(), e.previous())) {
                if (shown.test(f)) {
                    table.row(e.name(), f.severity().label(), f.text());
                }
            }
        }
        if (previous == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Section.of("Resolved since " + Format.month(previous),
                table.build("No finding of last month was resolved.")));
    }

    /** A finding's text, marked when it is new since the previous handoff. */
    static String findingText(EntityView e, Finding f) {
        return (Continuity.isNew(f, e.previous()) ? "New: " : "") + f.text();
    }

    static List<String> notices(ScopedView view) {
        List<String> notices = new ArrayList<>();
        for (EntityView e : view.entities()) {
            if (e.stale()) {
                notices.add(e.name() + ": the latest handoff describes " + Format.month(e.handoff().period())
                        + ", not " + Format.month(view.period()) + "; its figures may be out of date.");
            } else if (e.unusable()) {
                notices.add(e.name() + ": no usable handoff for " + Format.month(view.period())
                        + " (its file could not be read; see the run's warnings); this report has no data for it.");
            } else if (!e.hasData()) {
                notices.add(e.name() + ": no handoff for " + Format.month(view.period())
                        + " or earlier; this report has no data for it.");
            }
            if (e.hasData() && e.previous() == null) {
                notices.add(e.name() + ": first month; no earlier handoff, so no change is shown for it.");
            }
        }
        return notices;
    }

    static String subtitle(ScopedView view) {
        return Format.month(view.period()) + " · " + Format.plural(view.entities().size(), "entity", "entities");
    }

    static String entityNames(ScopedView view) {
        return view.entities().stream().map(EntityView::name).collect(Collectors.joining(", "));
    }

    /** A chart shows at most this many categories, so its size does not grow with the portfolio. */
    static final int MAX_CHART_CATEGORIES = 20;

    /** The charts that earn their place (see {@link Chart#earnsPlace()}), without empty series. */
    static List<Chart> withData(Chart... charts) {
        return java.util.Arrays.stream(charts).map(Chart::withoutEmptySeries).filter(Chart::earnsPlace)
                .map(chart -> chart.limited(MAX_CHART_CATEGORIES)).toList();
    }

    /** "critical" → "Critical": vocabulary words as chart legends and axis labels. */
    static String capitalized(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    static java.math.BigDecimal decimal(long value) {
        return java.math.BigDecimal.valueOf(value);
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }
}
