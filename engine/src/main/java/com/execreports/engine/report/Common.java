package com.execreports.engine.report;

import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Finding;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.Paragraph;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Scoped.Tagged;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Parts every report shares: findings, action tables, notices and the opening summary. */
final class Common {
    private Common() {}

    static Section findings(ScopedView view, String heading) {
        TableBuilder table = new TableBuilder().text("Severity").text("Entity").text("Area").text("Finding");
        for (Tagged<Finding> t : Scoped.findingsBySeverity(view)) {
            table.row(t.item().severity().label(), t.entity().name(), t.item().area().label(), t.item().text());
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
            table.row(String.valueOf(n++), a.owner(), a.action(), t.entity().name(), a.area().label(),
                    Format.date(Format.dueDate(view.period(), a.dueDays())), a.impact() + "/10");
        }
        return table.build(whenEmpty);
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
        }
        return notices;
    }

    /** The three most important problems, most severe first, each naming its entity. */
    static List<String> topProblems(ScopedView view, List<String> first) {
        List<String> problems = new ArrayList<>(first);
        for (Tagged<Finding> t : Scoped.findingsBySeverity(view)) {
            problems.add(t.entity().name() + " (" + t.item().severity().label() + "): " + t.item().text());
        }
        return problems.stream().limit(3).toList();
    }

    static String summary(String headline, List<String> problems) {
        if (problems.isEmpty()) {
            return headline + " No open problems were reported.";
        }
        String listed = java.util.stream.IntStream.range(0, problems.size())
                .mapToObj(i -> "(" + (i + 1) + ") " + withoutFinalStop(problems.get(i)))
                .collect(Collectors.joining("; "));
        return headline + " Most important " + (problems.size() == 1 ? "problem: " : "problems: ") + listed + ".";
    }

    /** The first sentence or clause of a problem: the summary names problems, the sections explain them. */
    private static String withoutFinalStop(String text) {
        String trimmed = text.strip();
        for (String stop : new String[] {". ", "; "}) {
            int at = trimmed.indexOf(stop);
            if (at > 0) {
                trimmed = trimmed.substring(0, at);
            }
        }
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    static String subtitle(ScopedView view) {
        return Format.month(view.period()) + " · " + Format.plural(view.entities().size(), "entity", "entities");
    }

    static String entityNames(ScopedView view) {
        return view.entities().stream().map(EntityView::name).collect(Collectors.joining(", "));
    }

    /** The charts that have something to show. */
    /** A chart shows at most this many categories, so its size does not grow with the portfolio. */
    static final int MAX_CHART_CATEGORIES = 20;

    static List<Chart> withData(Chart... charts) {
        return java.util.Arrays.stream(charts).filter(Chart::hasData)
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
