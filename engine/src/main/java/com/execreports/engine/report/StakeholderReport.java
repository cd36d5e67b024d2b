package com.execreports.engine.report;

import com.execreports.domain.ReportingPeriod;
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
import java.util.List;

/** Stakeholder: one entity's KPIs, revenue, costs, findings, actions and narrative, nothing else. */
final class StakeholderReport implements ReportBuilder {

    @Override
    public Report build(Context context) {
        ScopedView view = context.view();
        var handoffs = view.handoffs();
        Money money = Money.of(view);
        Range burn = Figures.burn(handoffs);
        long kpis = Figures.kpis(handoffs);
        long missing = Figures.missingKpis(handoffs);

        PersonaFigures.Stakeholder figures = new PersonaFigures.Stakeholder(burn.min(), burn.max(), kpis, missing,
                money.revenue().add(money.internalRevenue()), money.net().min(), money.net().max(),
                Scoped.all(view, e -> e.handoff().kpis()).stream().map(CmoReport::kpiRow).toList(),
                view.report().assignees().isEmpty() ? null : view.assigned());

        String net = Format.signedRange(money.net().min(), money.net().max());
        ReportingPeriod month = view.entities().stream().filter(e -> e.hasData())
                .map(e -> e.handoff().period()).findFirst().orElse(view.period());
        String headline = "In " + Format.month(month) + " " + Common.entityNames(view) + " netted " + net
                + " (revenue " + Format.money(money.revenue().add(money.internalRevenue())) + ", costs "
                + Format.moneyRange(burn.min(), burn.max()) + " a month); " + Format.count(kpis - missing) + " of "
                + Format.plural(kpis, "KPI is", "KPIs are") + " measured.";
        List<Decisions.Decision> decisions = Decisions.of(view, List.of());
        List<Section> sections = new ArrayList<>();
        if (!view.report().assignees().isEmpty()) {
            sections.add(assigned(view));
        }
        narrative(view).ifPresent(sections::add);
        sections.add(kpis(view));
        sections.add(revenue(view));
        sections.add(costs(view, burn));
        sections.add(Common.findings(view, "Findings, most severe first"));
        sections.add(Section.of("Actions", Common.actionTable(view,
                Scoped.actions(view).stream().sorted(Scoped.BY_IMPACT).toList(), "No open actions.")));
        Common.closedActions(view).ifPresent(sections::add);
        Common.resolvedFindings(view, f -> true).ifPresent(sections::add);
        Document doc = new Document(view.report().title(), Common.subtitle(view), headline,
                List.of(new KeyFigure("Net result / month", context.wasNet(net, "net_min", "net_max")),
                        new KeyFigure("Costs / month", context.wasRange(Format.moneyRange(burn.min(), burn.max()),
                                "burn_min", "burn_max")),
                        new KeyFigure("KPIs measured", Format.count(kpis - missing) + " of " + Format.count(kpis))),
                Common.notices(view), Common.withData(kpiChart(view)), sections,
                Decisions.section(decisions, view.asOf()));
        return Report.of(context, doc, figures, List.of(), "net " + net, decisions);
    }

    /** Open actions of other entities owned by this report's assignees: the action alone (SPEC §8.5). */
    private static Section assigned(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Action").text("Who").number("Due").number("Impact");
        for (ScopedView.Assigned a : view.assigned()) {
            table.row(a.entityName(), a.tracked().action().action(), a.tracked().action().owner(),
                    Common.due(a.tracked()), a.tracked().action().impact() + "/10");
        }
        return Section.of("Assigned work in other entities", table.build("No open action elsewhere is assigned to "
                + String.join(", ", view.report().assignees()) + "."));
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
        TableBuilder table = new TableBuilder().text("KPI").lead().number("Value").number("Target").text("Unit").text("Tracked");
        for (EntityView e : view.entities()) {
            for (Kpi k : e.handoff().kpis()) {
                String value = Format.number(k.value()) + com.execreports.engine.Continuity.previousKpi(k, e.previous())
                        .filter(p -> k.value() != null).map(p -> ", was " + Format.number(p.value())).orElse("");
                table.row(k.kpi(), value, Format.number(k.target()), CeoReport.dash(k.unit()),
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
                    labels.add(shortened(k.kpi()) + " (" + valueOfTarget(k) + ")");
                    percents.add(p);
                });
            }
        }
        return new Chart("kpis", "KPIs against target", Chart.Kind.HORIZONTAL_BARS, Chart.Unit.PERCENT, labels,
                List.of(Series.bars("Value as % of target", Tone.PRIMARY, percents)),
                List.of(Chart.Marker.line("Target", BigDecimal.valueOf(100), Tone.SECONDARY)));
    }

    /** A chart label shortens the KPI's name, never its numbers; the tables give the name in full. */
    static String shortened(String name) {
        return name.length() <= LABEL_NAME ? name : name.substring(0, LABEL_NAME - 1).stripTrailing() + "…";
    }

    private static final int LABEL_NAME = 40;

    private static String valueOfTarget(Kpi k) {
        String unit = k.unit() == null ? "" : k.unit();
        if (unit.equals("%")) {
            return Format.number(k.value()) + "% of " + Format.number(k.target()) + "%";
        }
        return Format.number(k.value()) + " of " + Format.number(k.target()) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static Section revenue(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Month").lead().number("Amount").number("Target").number("Difference")
                .text("Recognised");
        for (EntityView e : view.entities()) {
            for (Revenue r : e.handoff().revenue()) {
                BigDecimal target = e.handoff().targets().stream().filter(t -> t.month().equals(r.month()))
                        .map(com.execreports.domain.Items.Target::revenueTarget).reduce(BigDecimal::add).orElse(null);
                boolean booked = r.month().isAfter(view.period());
                table.row(r.month().toString() + (booked ? " (booked, not yet earned)" : ""), Format.money(r.amount()),
                        Format.money(target), target == null || booked ? "—" : Format.signed(r.amount().subtract(target)),
                        r.recognized() == null ? "not stated" : r.recognized());
            }
        }
        return Section.of("Revenue against target", table.build("No revenue reported."));
    }

    private static Section costs(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Item").lead().text("Category").number("Min / month").number("Max / month");
        for (EntityView e : view.entities()) {
            for (Cost c : e.handoff().costs()) {
                table.row(c.item(), c.category().label(), Format.money(c.monthlyMin()), Format.money(c.monthlyMax()));
            }
        }
        table.total("Total", "", Format.money(total.min()), Format.money(total.max()));
        return Section.of("Costs", table.build(""));
    }
}
