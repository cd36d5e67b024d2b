package com.execreports.engine.report;

import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Asset;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Severity;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.SubHeading;
import com.execreports.engine.report.Scoped.Tagged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CEO: asset inventory, critical shortfalls, missing KPIs and the 30-day action plan. Shows no
 * non-critical finding text, only counts per severity (SPEC §7).
 */
final class CeoReport implements ReportBuilder {
    static final int PLAN_DAYS = 30;

    @Override
    public Report build(ScopedView view) {
        var handoffs = view.handoffs();
        // the unassigned group's (AWS account) findings count too: the CEO oversees the whole account
        long critical = Figures.criticalShortfalls(view.handoffsAndUnassigned());
        long missing = Figures.missingKpis(handoffs);
        List<Tagged<Action>> plan = Scoped.actions(view).stream()
                .filter(t -> t.item().dueDays() <= PLAN_DAYS).sorted(Scoped.BY_IMPACT).toList();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("critical_shortfalls", critical);
        figures.put("missing_kpis", missing);
        figures.put("actions_due_30_days", plan.size());

        String headline = "In " + Format.month(view.period()) + " the portfolio of "
                + Format.plural(view.entities().size(), "entity", "entities") + " has "
                + Format.plural(critical, "critical shortfall", "critical shortfalls") + ", "
                + Format.plural(missing, "KPI", "KPIs") + " not measured, and "
                + Format.plural(plan.size(), "action", "actions") + " due within 30 days.";
        List<String> problems = Scoped.findingsBySeverity(view).stream()
                .filter(t -> t.item().severity() == Severity.CRITICAL)
                .map(t -> t.entity().name() + ": " + t.item().text()).limit(3).toList();

        List<Section> sections = List.of(
                shortfalls(view),
                missingKpis(view),
                Section.of("30-day action plan", Common.actionTable(view, plan, "No actions are due within 30 days.")),
                assets(view));
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view),
                Common.summary(headline, problems),
                List.of(new KeyFigure("Critical shortfalls", Format.count(critical)),
                        new KeyFigure("Missing KPIs", Format.count(missing)),
                        new KeyFigure("Actions due in 30 days", Format.count(plan.size()))),
                Common.notices(view), Common.withData(perEntityChart(view)), sections);
        return Report.of(view, doc, figures);
    }

    /** Critical shortfalls and missing KPIs side by side for each entity. */
    static Chart perEntityChart(ScopedView view) {
        List<EntityView> entities = view.entities();
        return new Chart("shortfalls-kpis", "Critical shortfalls and missing KPIs per entity", Chart.Kind.BARS,
                Chart.Unit.COUNT, entities.stream().map(EntityView::name).toList(),
                List.of(Series.bars("Critical shortfalls", Tone.ALERT, entities.stream()
                                .map(e -> Common.decimal(Figures.criticalShortfalls(List.of(e.handoff())))).toList()),
                        Series.bars("Missing KPIs", Tone.CAUTION, entities.stream()
                                .map(e -> Common.decimal(Figures.missingKpis(List.of(e.handoff())))).toList())),
                List.of());
    }

    private static Section shortfalls(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Area").text("Shortfall");
        long[] others = new long[Severity.values().length];
        for (Tagged<Finding> t : Scoped.findingsBySeverity(view)) {
            if (t.item().severity() == Severity.CRITICAL) {
                table.row(t.entity().name(), t.item().area().label(), t.item().text());
            } else {
                others[t.item().severity().ordinal()]++;
            }
        }
        String rest = "Other findings: " + Format.count(others[Severity.HIGH.ordinal()]) + " high, "
                + Format.count(others[Severity.MEDIUM.ordinal()]) + " medium, "
                + Format.count(others[Severity.LOW.ordinal()]) + " low; the CTO, CMO, CFO and accounting "
                + "reports give them in full.";
        return Section.of("Critical shortfalls", table.build("No critical shortfalls."), Common.paragraph(rest));
    }

    private static Section missingKpis(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("KPI").text("Target").text("Why");
        for (Tagged<Kpi> t : Scoped.all(view, e -> e.handoff().kpis())) {
            Kpi k = t.item();
            if (k.missing()) {
                String target = k.target() == null ? "—" : Format.number(k.target()) + (k.unit() == null ? "" : " " + k.unit());
                table.row(t.entity().name(), k.kpi(), target, k.tracked() ? "no value reported" : "not tracked");
            }
        }
        return Section.of("Missing KPIs", table.build("Every KPI is tracked and reported."));
    }

    private static Section assets(ScopedView view) {
        List<Block> blocks = new ArrayList<>();
        for (EntityView e : view.entities()) {
            blocks.add(new SubHeading(e.name()));
            TableBuilder table = new TableBuilder().text("Asset").text("Type").text("Status").text("Notes");
            for (Asset a : e.handoff().assets()) {
                table.row(a.asset(), dash(a.type()), dash(a.status()), dash(a.notes()));
            }
            blocks.add(table.build("No assets listed."));
        }
        return new Section("Asset inventory", blocks);
    }

    static String dash(String text) {
        return text == null ? "—" : text;
    }
}
