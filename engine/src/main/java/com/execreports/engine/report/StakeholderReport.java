package com.execreports.engine.report;

import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Narrative;
import com.execreports.domain.Items.Revenue;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Paragraph;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Figures.Range;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stakeholder: one entity's KPIs, revenue, costs, findings, actions and narrative, nothing else. */
final class StakeholderReport implements ReportBuilder {

    @Override
    public Report build(ScopedView view) {
        var handoffs = view.handoffs();
        Range burn = Figures.burn(handoffs);
        long kpis = Figures.kpis(handoffs);
        long missing = Figures.missingKpis(handoffs);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("burn_min", burn.min());
        figures.put("burn_max", burn.max());
        figures.put("kpis", kpis);
        figures.put("missing_kpis", missing);

        String headline = "In " + Format.month(view.period()) + " " + Common.entityNames(view) + " costs "
                + Format.moneyRange(burn.min(), burn.max()) + " a month to run; "
                + Format.count(kpis - missing) + " of " + Format.plural(kpis, "KPI is", "KPIs are") + " measured.";
        List<Section> sections = new ArrayList<>();
        narrative(view).ifPresent(sections::add);
        sections.add(kpis(view));
        sections.add(revenue(view));
        sections.add(costs(view, burn));
        sections.add(Common.findings(view, "Findings, most severe first"));
        sections.add(Section.of("Actions", Common.actionTable(view,
                Scoped.actions(view).stream().sorted(Scoped.BY_IMPACT).toList(), "No open actions.")));
        Document doc = new Document(view.report().title(), Common.subtitle(view),
                Common.summary(headline, Common.topProblems(view, List.of())),
                List.of(new KeyFigure("Costs / month", Format.moneyRange(burn.min(), burn.max())),
                        new KeyFigure("KPIs measured", Format.count(kpis - missing) + " of " + Format.count(kpis))),
                Common.notices(view), Common.withData(kpiChart(view)), sections);
        return Report.of(view, doc, figures);
    }

    private static java.util.Optional<Section> narrative(ScopedView view) {
        List<Block> blocks = new ArrayList<>();
        for (EntityView e : view.entities()) {
            for (Narrative n : e.handoff().narrative()) {
                blocks.add(new Document.SubHeading(n.heading()));
                for (String paragraph : n.text().split("\n\\s*\n")) {
                    blocks.add(new Paragraph(paragraph.strip()));
                }
            }
        }
        return blocks.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Section("Notes", blocks));
    }

    private static Section kpis(ScopedView view) {
        TableBuilder table = new TableBuilder().text("KPI").number("Value").number("Target").text("Unit").text("Tracked");
        for (EntityView e : view.entities()) {
            for (Kpi k : e.handoff().kpis()) {
                table.row(k.kpi(), Format.number(k.value()), Format.number(k.target()), CeoReport.dash(k.unit()),
                        k.tracked() ? "yes" : "no");
            }
        }
        return Section.of("KPIs", table.build("No KPIs reported."));
    }

    /**
     * Each KPI with a value and a positive target as a percentage of its target, against a 100%
     * line; the label carries the value and target themselves, since units differ per KPI.
     */
    static Chart kpiChart(ScopedView view) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> percents = new ArrayList<>();
        for (EntityView e : view.entities()) {
            for (Kpi k : e.handoff().kpis()) {
                Figures.percentOfTarget(k).ifPresent(p -> {
                    labels.add(k.kpi() + " (" + valueOfTarget(k) + ")");
                    percents.add(p);
                });
            }
        }
        return new Chart("kpis", "KPIs against target", Chart.Kind.HORIZONTAL_BARS, Chart.Unit.PERCENT, labels,
                List.of(Series.bars("Value as % of target", Tone.PRIMARY, percents)),
                List.of(Chart.Marker.line("Target", BigDecimal.valueOf(100), Tone.SECONDARY)));
    }

    private static String valueOfTarget(Kpi k) {
        String unit = k.unit() == null ? "" : k.unit();
        if (unit.equals("%")) {
            return Format.number(k.value()) + "% of " + Format.number(k.target()) + "%";
        }
        return Format.number(k.value()) + " of " + Format.number(k.target()) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static Section revenue(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Month").number("Amount").text("Recognised");
        for (EntityView e : view.entities()) {
            for (Revenue r : e.handoff().revenue()) {
                table.row(r.month().toString(), Format.money(r.amount()),
                        r.recognized() == null ? "not stated" : r.recognized());
            }
        }
        return Section.of("Revenue", table.build("No revenue reported."));
    }

    private static Section costs(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Item").text("Category").number("Min / month").number("Max / month");
        for (EntityView e : view.entities()) {
            for (Cost c : e.handoff().costs()) {
                table.row(c.item(), c.category().label(), Format.money(c.monthlyMin()), Format.money(c.monthlyMax()));
            }
        }
        table.row("Total", "", Format.money(total.min()), Format.money(total.max()));
        return Section.of("Costs", table.build(""));
    }
}
