package com.execreports.engine.report;

import com.execreports.domain.Area;
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
import java.util.List;

/**
 * CEO: asset inventory, critical shortfalls, missing KPIs and the 30-day action plan. Shows no
 * non-critical finding text, only counts per severity (SPEC §7).
 */
final class CeoReport implements ReportBuilder {
    static final int PLAN_DAYS = 30;

    @Override
    public Report build(Context context) {
        ScopedView view = context.view();
        var handoffs = view.handoffs();
        Money money = Money.of(view);
        List<Owners.Load> owners = Owners.of(view);
        long overdue = Scoped.tracked(view).stream().filter(t -> t.item().overdue()).count();
        // the unassigned group's (AWS account) findings count too: the CEO oversees the whole account
        long critical = Figures.criticalShortfalls(view.handoffsAndUnassigned());
        long missing = Figures.missingKpis(handoffs);
        List<Tagged<Action>> plan = Scoped.actions(view).stream()
                .filter(t -> t.item().dueDays() <= PLAN_DAYS).sorted(Scoped.BY_IMPACT).toList();

        PersonaFigures.Ceo figures = new PersonaFigures.Ceo(critical, missing, plan.size(), overdue, money.revenue(),
                money.net().min(), money.net().max(), owners);

        String net = Format.signedRange(money.net().min(), money.net().max());
        String headline = "In " + Format.month(view.period()) + " the portfolio of "
                + Format.plural(view.entities().size(), "entity", "entities") + " netted " + net + "; it has "
                + Format.plural(critical, "critical shortfall", "critical shortfalls") + ", "
                + Format.plural(overdue, "overdue action", "overdue actions") + " and "
                + Format.plural(missing, "KPI", "KPIs") + " not measured.";
        List<Figures.PolicyViolation> violations = Figures.policyViolations(handoffs, view.policies());
        List<Decisions.Decision> decisions = Decisions.of(view, violations);

        List<Section> sections = new ArrayList<>(List.of(
                CfoReport.net(view, money),
                shortfalls(view),
                operations(view),
                Section.of("Who carries the work", Owners.table(owners)),
                missingKpis(view),
                Section.of("30-day action plan", Common.actionTable(view, plan, "No actions are due within 30 days."))));
        Common.closedActions(view).ifPresent(sections::add);
        Common.resolvedFindings(view, f -> f.severity() == Severity.CRITICAL || f.area() == Area.OPERATIONS)
                .ifPresent(sections::add);
        sections.add(assets(view));
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view), headline,
                List.of(new KeyFigure("Net result / month", context.wasNet(net, "net_min", "net_max")),
                        new KeyFigure("Critical shortfalls", context.was(Format.count(critical), "critical_shortfalls",
                                Format::number)),
                        new KeyFigure("Overdue actions", context.was(Format.count(overdue), "overdue_actions",
                                Format::number)),
                        new KeyFigure("Missing KPIs", context.was(Format.count(missing), "missing_kpis", Format::number)),
                        new KeyFigure("Actions due in 30 days", context.was(Format.count(plan.size()),
                                "actions_due_30_days", Format::number))),
                Common.notices(view), Common.withData(perEntityChart(view)), sections,
                Decisions.section(decisions, view.asOf()));
        return Report.of(context, doc, figures, List.of(), "net " + net + "; "
                + Format.plural(critical, "critical shortfall", "critical shortfalls") + "; "
                + Format.plural(overdue, "overdue action", "overdue actions"), decisions);
    }

    /** Operations findings, which no other persona sees, in full whatever their severity (SPEC §8.5). */
    private static Section operations(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Severity").text("Entity").text("Finding");
        for (Tagged<Finding> t : Scoped.findingsBySeverity(view)) {
            if (t.item().area() == Area.OPERATIONS) {
                table.row(t.item().severity().label(), t.entity().name(), Common.findingText(t.entity(), t.item()));
            }
        }
        return Section.of("Operations findings", Common.paragraph("Operations is seen by no other report, so "
                + "every operations finding is listed here."), table.build("No operations findings."));
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
                table.row(t.entity().name(), t.item().area().label(), Common.findingText(t.entity(), t.item()));
            } else if (t.item().area() != Area.OPERATIONS) {
                others[t.item().severity().ordinal()]++;
            }
        }
        String rest = "Other findings outside operations: " + Format.count(others[Severity.HIGH.ordinal()])
                + " high, " + Format.count(others[Severity.MEDIUM.ordinal()]) + " medium, "
                + Format.count(others[Severity.LOW.ordinal()]) + " low; the CTO, CMO, CFO and accounting "
                + "reports give them in full.";
        return Section.of("Critical shortfalls", table.build("No critical shortfalls."), Common.paragraph(rest));
    }

    private static Section missingKpis(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("KPI").lead().text("Target").text("Why");
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
            TableBuilder table = new TableBuilder().text("Asset").lead().text("Type").text("Status").text("Notes");
            for (Asset a : e.handoff().assets()) {
                table.row(a.asset(), dash(a.type()), dash(a.status()), dash(a.notes()));
            }
            blocks.add(table.build("No assets listed."));
        }
        return Section.appendix("Asset inventory", blocks);
    }

    static String dash(String text) {
        return text == null ? "—" : text;
    }
}
