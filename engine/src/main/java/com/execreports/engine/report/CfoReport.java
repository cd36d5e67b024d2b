package com.execreports.engine.report;

import com.execreports.domain.Handoff;
import com.execreports.domain.Policies;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Figures.BreakEven;
import com.execreports.engine.report.Figures.PolicyViolation;
import com.execreports.engine.report.Figures.Range;
import java.math.BigDecimal;
import java.time.YearMonth;
import com.execreports.engine.report.Chart.Marker;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/** CFO: burn range, break-even per entity and for the portfolio, targets vs actuals, policy checks. */
final class CfoReport implements ReportBuilder {

    @Override
    public Report build(ScopedView view) {
        List<Handoff> handoffs = view.handoffs();
        Range burn = Figures.burn(handoffs);
        Optional<BreakEven> breakEven = Figures.portfolioBreakEven(handoffs);
        List<PolicyViolation> violations = Figures.policyViolations(handoffs, view.policies());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("burn_min", burn.min());
        figures.put("burn_max", burn.max());
        figures.put("portfolio_break_even_units", breakEven.map(BreakEven::units).orElse(null));
        figures.put("policy_violations", violations.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", v.rule());
            m.put("entity", v.entity());
            m.put("detail", v.detail());
            return m;
        }).toList());
        if (view.inspected()) {
            figures.put("observed_infra_spend", AccountParts.observedSpend(view));
        }

        String breakEvenText = breakEven.map(b -> "break-even for the portfolio is "
                        + Format.plural(b.units(), b.unit(), b.unit() + "s") + " a month")
                .orElse("no entity states a unit margin, so there is no break-even figure");
        String headline = "In " + Format.month(view.period()) + " the portfolio burns "
                + Format.moneyRange(burn.min(), burn.max()) + " a month; " + breakEvenText + "; "
                + Format.plural(violations.size(), "policy violation", "policy violations") + ".";
        List<String> first = violations.stream().map(v -> entityName(view, v.entity()) + ": " + v.detail()).toList();
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view),
                Common.summary(headline, Common.topProblems(view, first)),
                List.of(new KeyFigure("Burn / month", Format.moneyRange(burn.min(), burn.max())),
                        new KeyFigure("Break-even", breakEven.map(b -> Format.plural(b.units(), b.unit(), b.unit() + "s")
                                + " / month").orElse("n/a")),
                        new KeyFigure("Policy violations", Format.count(violations.size()))),
                Common.notices(view), Common.withData(revenueChart(handoffs, burn, breakEven)),
                sections(view, burn, breakEven, violations));
        List<com.execreports.domain.Warning> extra = breakEven.isPresent() ? List.of()
                : List.of(com.execreports.domain.Warning.of("reports.yml", "report '" + view.report().id()
                        + "': no entity in scope states a positive unit_margin, so portfolio_break_even_units is null"));
        return Report.of(view, doc, figures, extra);
    }

    private static List<Section> sections(ScopedView view, Range burn, Optional<BreakEven> breakEven,
                                          List<PolicyViolation> violations) {
        List<Section> sections = new ArrayList<>(List.of(burn(view, burn)));
        if (view.inspected()) {
            sections.add(AccountParts.spendComparison(view));
        }
        sections.addAll(List.of(breakEven(view, breakEven), targets(view), policies(view, violations),
                Common.findings(view, "Findings, most severe first"),
                Section.of("Open actions", Common.actionTable(view,
                        Scoped.actions(view).stream().sorted(Scoped.BY_IMPACT).toList(), "No open actions."))));
        return sections;
    }

    private static String entityName(ScopedView view, String id) {
        return view.entities().stream().filter(e -> e.id().equals(id)).map(EntityView::name).findFirst().orElse(id);
    }

    private static Section burn(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Entity").number("Min / month").number("Max / month");
        for (EntityView e : view.entities()) {
            Range r = Figures.burn(List.of(e.handoff()));
            table.row(e.name(), Format.money(r.min()), Format.money(r.max()));
        }
        table.row("Total", Format.money(total.min()), Format.money(total.max()));
        return Section.of("Monthly burn", Common.paragraph("All listed costs; payroll is in the costs, hires are not "
                + "counted a second time."), table.build(""));
    }

    private static Section breakEven(ScopedView view, Optional<BreakEven> portfolio) {
        TableBuilder table = new TableBuilder().text("Entity").number("Burn max").number("Unit margin").number("Break-even");
        for (EntityView e : view.entities()) {
            var economics = e.handoff().economics();
            String units = Figures.breakEvenUnits(e.handoff())
                    .map(u -> Format.plural(u, unit(economics.unit()), unit(economics.unit()) + "s")).orElse("n/a");
            table.row(e.name(), Format.money(Figures.burn(List.of(e.handoff())).max()),
                    economics.unitMargin() == null ? "not stated" : Format.money(economics.unitMargin()), units);
        }
        String text = portfolio.map(b -> "Portfolio: " + Format.money(Figures.burn(view.handoffs()).max())
                        + " ÷ " + Format.money(b.unitMargin()) + " (" + entityName(view, b.entity())
                        + ", the largest unit margin) = " + Format.plural(b.units(), b.unit(), b.unit() + "s")
                        + " a month.")
                .orElse("Portfolio: no entity states a positive unit margin.");
        return Section.of("Break-even", table.build(""), Common.paragraph(text));
    }

    private static String unit(String unit) {
        return unit == null ? "unit" : unit;
    }

    private static Section targets(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Month").number("Target").number("Actual")
                .number("Difference");
        for (EntityView e : view.entities()) {
            Map<YearMonth, BigDecimal> actual = Figures.revenueByMonth(List.of(e.handoff()));
            Map<YearMonth, BigDecimal> target = Figures.targetsByMonth(List.of(e.handoff()));
            TreeSet<YearMonth> months = new TreeSet<>(actual.keySet());
            months.addAll(target.keySet());
            for (YearMonth m : months) {
                BigDecimal t = target.get(m);
                BigDecimal a = actual.get(m);
                String diff = t == null || a == null ? "—" : Format.money(a.subtract(t));
                table.row(e.name(), m.toString(), Format.money(t), Format.money(a), diff);
            }
        }
        return Section.of("Revenue: targets vs actuals", table.build("No revenue or targets reported."));
    }

    /**
     * Revenue (bars) against target (line) by month, over the burn range, with the break-even
     * line at the maximum burn: the amount a month's margin must cover.
     */
    static Chart revenueChart(List<Handoff> handoffs, Range burn, Optional<BreakEven> breakEven) {
        SortedMap<YearMonth, BigDecimal> actual = Figures.revenueByMonth(handoffs);
        SortedMap<YearMonth, BigDecimal> target = Figures.targetsByMonth(handoffs);
        TreeSet<YearMonth> months = new TreeSet<>(actual.keySet());
        months.addAll(target.keySet());
        List<Marker> markers = new ArrayList<>();
        markers.add(new Marker("Burn range", burn.min(), burn.max(), Tone.ALERT));
        breakEven.ifPresent(b -> markers.add(Marker.line("Break-even (" + Format.plural(b.units(), b.unit(),
                b.unit() + "s") + " a month)", burn.max(), Tone.ALERT)));
        return new Chart("revenue-burn", "Revenue and target by month against the monthly burn", Chart.Kind.BARS,
                Chart.Unit.MONEY, months.stream().map(YearMonth::toString).toList(),
                List.of(Series.bars("Revenue", Tone.PRIMARY, months.stream().map(actual::get).toList()),
                        new Series("Target", Chart.Style.LINE, Tone.SECONDARY, months.stream().map(target::get).toList())),
                markers);
    }

    private static Section policies(ScopedView view, List<PolicyViolation> violations) {
        Policies p = view.policies();
        TableBuilder rules = new TableBuilder().text("Rule").text("Limit").number("Violations");
        rules.row(Policies.MAX_INFRA, Format.money(p.maxInfraSpendPerEntity()) + " / month per entity",
                String.valueOf(count(violations, Policies.MAX_INFRA)));
        rules.row(Policies.MARKETING_ATTRIBUTION, p.marketingRequiresAttribution() ? "required" : "not required",
                String.valueOf(count(violations, Policies.MARKETING_ATTRIBUTION)));
        rules.row(Policies.MIN_REVENUE_PER_HIRE, Format.money(p.minRevenuePerHire()) + " / month per hire",
                String.valueOf(count(violations, Policies.MIN_REVENUE_PER_HIRE)));
        TableBuilder table = new TableBuilder().text("Rule").text("Entity").text("What broke it");
        for (PolicyViolation v : violations) {
            table.row(v.rule(), entityName(view, v.entity()), v.detail());
        }
        return Section.of("Policy checks", rules.build(""), table.build("All policies pass."));
    }

    private static long count(List<PolicyViolation> violations, String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).count();
    }
}
