package com.execreports.engine.report;

import com.execreports.domain.Handoff;
import com.execreports.domain.Policies;
import com.execreports.domain.Tier;
import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Chart.Marker;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Figures.BreakEven;
import com.execreports.engine.report.Figures.PolicyViolation;
import com.execreports.engine.report.Figures.Range;
import com.execreports.engine.report.Money.EntityMoney;
import com.execreports.engine.report.Scoped.Tagged;
import com.execreports.domain.Items.Action;
import java.math.BigDecimal;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CFO: net result, monthly costs (burn) and break-even against sales, revenue against target like
 * for like, booked revenue apart, the capital-deployment tiers and the policy checks.
 */
final class CfoReport implements ReportBuilder {

    @Override
    public Report build(Context context) {
        ScopedView view = context.view();
        List<Handoff> handoffs = view.handoffs();
        Money money = Money.of(view);
        Range burn = money.costs();
        Optional<BreakEven> breakEven = Figures.portfolioBreakEven(handoffs, burn.max());
        List<PolicyViolation> violations = Figures.policyViolations(handoffs, view.policies());

        PersonaFigures.Cfo figures = new PersonaFigures.Cfo(burn.min(), burn.max(), money.revenue(),
                money.net().min(), money.net().max(), money.internalRevenue(), money.booked(),
                breakEven.map(BreakEven::units).orElse(null), violations, money.months(), view.inspected(),
                view.inspected() ? AccountParts.observedSpend(view) : null);

        String net = Format.signedRange(money.net().min(), money.net().max());
        String violationCount = Format.plural(violations.size(), "policy violation", "policy violations");
        String headline = "In " + Format.month(view.period()) + " the portfolio netted " + net + ": revenue "
                + Format.money(money.revenue()) + " against monthly costs (burn) of "
                + Format.moneyRange(burn.min(), burn.max()) + "; " + violationCount + ".";
        List<Decisions.Decision> decisions = Decisions.of(view, violations);
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view), headline,
                List.of(new KeyFigure("Net result / month", context.wasNet(net, "net_min", "net_max")),
                        new KeyFigure("Revenue", context.was(Format.money(money.revenue()), "revenue", Format::money)),
                        new KeyFigure("Costs (burn) / month", context.wasRange(Format.moneyRange(burn.min(), burn.max()),
                                "burn_min", "burn_max")),
                        new KeyFigure("Break-even / month", breakEven.map(b -> context.was(Format.plural(b.units(),
                                b.unit(), b.unit() + "s"), "portfolio_break_even_units",
                                n -> Format.plural(n.longValue(), b.unit(), b.unit() + "s"))).orElse("n/a")),
                        new KeyFigure("Policy violations", context.was(Format.count(violations.size()),
                                "policy_violation_count", Format::number))),
                Common.notices(view), Common.withData(revenueChart(money, burn, breakEven)),
                sections(view, money, breakEven, violations), Decisions.section(decisions, view.asOf()));
        List<Warning> extra = new ArrayList<>(Money.sanity(view, true, false));
        if (breakEven.isEmpty()) {
            extra.add(Warning.of("reports.yml", "report '" + view.report().id()
                    + "': no entity in scope states a positive unit_margin, so portfolio_break_even_units is null"));
        }
        return Report.of(context, doc, figures, extra, "net " + net + "; " + violationCount, decisions);
    }

    private static List<Section> sections(ScopedView view, Money money, Optional<BreakEven> breakEven,
                                          List<PolicyViolation> violations) {
        List<Section> sections = new ArrayList<>(List.of(net(view, money), burn(view, money)));
        if (view.inspected()) {
            sections.add(AccountParts.spendComparison(view));
        }
        sections.addAll(List.of(breakEven(view, money, breakEven), targets(money), booked(view), tiers(view),
                policies(view, violations), Common.findings(view, "Findings, most severe first"),
                Section.of("Open actions", Common.actionTable(view,
                        Scoped.actions(view).stream().sorted(Scoped.BY_IMPACT).toList(), "No open actions."))));
        Common.closedActions(view).ifPresent(sections::add);
        Common.resolvedFindings(view, f -> true).ifPresent(sections::add);
        return sections;
    }

    private static String entityName(ScopedView view, String id) {
        return view.entities().stream().filter(e -> e.id().equals(id)).map(EntityView::name).findFirst().orElse(id);
    }

    /** Revenue, costs and net per entity (internal rows kept) and for the portfolio (internal rows left out). */
    static Section net(ScopedView view, Money money) {
        TableBuilder table = new TableBuilder().text("Entity").text("Month").number("Revenue").number("Costs / month")
                .number("Net");
        for (EntityMoney m : money.entities()) {
            table.row(m.entity().name() + (m.entity().stale() ? " (stale)" : ""), m.month().toString(),
                    Format.money(m.revenue()), Format.moneyRange(m.costs().min(), m.costs().max()),
                    Format.signedRange(m.net().min(), m.net().max()));
        }
        if (money.internalRevenue().signum() != 0 || money.internalCosts().max().signum() != 0) {
            table.row("Internal (paid between these entities)", "", "-" + Format.money(money.internalRevenue()),
                    "-" + Format.moneyRange(money.internalCosts().min(), money.internalCosts().max()), "");
        }
        table.total("Portfolio", Format.month(view.period()), Format.money(money.revenue()),
                Format.moneyRange(money.costs().min(), money.costs().max()),
                Format.signedRange(money.net().min(), money.net().max()));
        return Section.of("Net result", Common.paragraph("Actual revenue of each entity's own month less its "
                + "monthly costs. Money paid between entities of this report counts in each entity's own line and "
                + "once, as the internal line, out of the portfolio's."), table.build(""));
    }

    private static Section burn(ScopedView view, Money money) {
        TableBuilder table = new TableBuilder().text("Entity").number("Min / month").number("Max / month");
        for (EntityMoney m : money.entities()) {
            table.row(m.entity().name(), Format.money(m.costs().min()), Format.money(m.costs().max()));
        }
        if (money.internalCosts().max().signum() != 0) {
            table.row("Internal (paid to entities of this report)", "-" + Format.money(money.internalCosts().min()),
                    "-" + Format.money(money.internalCosts().max()));
        }
        table.total("Total", Format.money(money.costs().min()), Format.money(money.costs().max()));
        return Section.of("Monthly costs (burn)", Common.paragraph("All listed costs; payroll is in the costs, hires "
                + "are not counted a second time."), table.build(""));
    }

    private static Section breakEven(ScopedView view, Money money, Optional<BreakEven> portfolio) {
        TableBuilder table = new TableBuilder().text("Entity").number("Costs max").number("Unit margin")
                .number("Price").number("Break-even").number("Sold");
        for (EntityView e : view.entities()) {
            var economics = e.handoff().economics();
            String unit = unit(economics.unit());
            String units = Figures.breakEvenUnits(e.handoff())
                    .map(u -> Format.plural(u, unit, unit + "s")).orElse("n/a");
            if (Money.marginAbovePrice(e.handoff())) {
                units += " (check margin)";
            }
            table.row(e.name(), Format.money(Figures.burn(List.of(e.handoff())).max()),
                    economics.unitMargin() == null ? "not stated" : Format.money(economics.unitMargin()),
                    economics.price() == null ? "not stated" : Format.money(economics.price()), units,
                    economics.unitsSold() == null ? "not stated" : Format.number(economics.unitsSold()));
        }
        String text = portfolio.map(b -> "Portfolio: " + Format.money(money.costs().max())
                        + " ÷ " + Format.money(b.unitMargin()) + " (" + entityName(view, b.entity())
                        + ", the largest unit margin) = " + Format.plural(b.units(), b.unit(), b.unit() + "s")
                        + " a month.")
                .orElse("Portfolio: no entity states a positive unit margin.");
        return Section.of("Break-even against sales", table.build(""), Common.paragraph(text));
    }

    private static String unit(String unit) {
        return unit == null ? "unit" : unit;
    }

    /** Like for like: each month's target beside the actuals of the entities that have one; the rest apart. */
    private static Section targets(Money money) {
        TableBuilder table = new TableBuilder().text("Month").number("Target").number("Actual").number("Difference")
                .number("Without a target");
        for (Money.Month m : money.months()) {
            table.row(m.month().toString(), Format.money(m.target()), m.target() == null ? "—" : Format.money(m.actual()),
                    m.target() == null ? "—" : Format.signed(m.actual().subtract(m.target())),
                    Format.money(m.target() == null ? m.actual().add(m.untargeted()) : m.untargeted()));
        }
        return Section.of("Revenue against target, like for like", Common.paragraph("Actual is the revenue of the "
                + "entities that set a target that month; revenue of the others is shown apart and never counts "
                + "towards a target. Internal revenue is left out."), table.build("No revenue or targets reported."));
    }

    /** Revenue rows after the report period: money taken or promised for later months, not earned yet. */
    static Section booked(ScopedView view) {
        return booked(view, "Booked revenue (not yet earned)");
    }

    static Section booked(ScopedView view, String heading) {
        TableBuilder table = new TableBuilder().text("Entity").text("Month").number("Amount");
        for (EntityView e : view.entities()) {
            e.handoff().revenue().stream().filter(r -> r.month().isAfter(view.period()))
                    .forEach(r -> table.row(e.name(), r.month().toString(), Format.money(r.amount())));
        }
        return Section.of(heading, table.build("No revenue booked for later months."));
    }

    /** Open tiered actions, experiment → automation → revenue, with the one-off cost of each tier. */
    private static Section tiers(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Tier").text("Action").text("Entity").text("Who").number("By")
                .number("Cost");
        for (Tier tier : Tier.values()) {
            BigDecimal total = BigDecimal.ZERO;
            boolean any = false;
            for (Tagged<Action> t : Scoped.actions(view)) {
                if (t.item().tier() == tier) {
                    BigDecimal cost = t.item().cost() == null ? BigDecimal.ZERO : t.item().cost();
                    total = total.add(cost);
                    any = true;
                    table.row(Common.capitalized(tier.label()), t.item().action(), t.entity().name(), t.item().owner(),
                            Common.due(Scoped.track(view, t)), Format.money(cost));
                }
            }
            if (any) {
                table.row(Common.capitalized(tier.label()) + " total", "", "", "", "", Format.money(total));
            }
        }
        return Section.of("Capital deployment by tier", Common.paragraph("Zero-cost experiments first, low-cost "
                + "automation second, revenue-producing initiatives third."), table.build("No action has a tier."));
    }

    /**
     * Actual revenue (bars) against target (line) by month up to the report period, over the burn
     * range, with the break-even line at the maximum burn. Booked months are never drawn as actuals.
     */
    static Chart revenueChart(Money money, Range burn, Optional<BreakEven> breakEven) {
        List<ReportingPeriod> months = money.months().stream().map(Money.Month::month).toList();
        List<Marker> markers = new ArrayList<>();
        markers.add(new Marker("Burn range", burn.min(), burn.max(), Tone.ALERT));
        breakEven.ifPresent(b -> markers.add(Marker.line("Break-even (" + Format.plural(b.units(), b.unit(),
                b.unit() + "s") + " a month)", burn.max(), Tone.INK)));
        return new Chart("revenue-burn", "Actual revenue and target by month against the monthly costs",
                Chart.Kind.BARS, Chart.Unit.MONEY, months.stream().map(ReportingPeriod::toString).toList(),
                List.of(Series.bars("Revenue", Tone.PRIMARY, money.months().stream()
                                .map(m -> m.actual().add(m.untargeted())).toList()),
                        new Series("Target", Chart.Style.LINE, Tone.SECONDARY,
                                money.months().stream().map(Money.Month::target).toList())),
                markers);
    }

    private static Section policies(ScopedView view, List<PolicyViolation> violations) {
        Policies p = view.policies();
        TableBuilder rules = new TableBuilder().text("Rule").lead().number("Violations");
        for (String rule : List.of(Policies.MAX_INFRA, Policies.MARKETING_ATTRIBUTION, Policies.MIN_REVENUE_PER_HIRE)) {
            rules.row(ruleName(p, rule), String.valueOf(count(violations, rule)));
        }
        TableBuilder table = new TableBuilder().text("Rule").text("Entity").text("What broke it").lead();
        for (PolicyViolation v : violations) {
            table.row(ruleName(p, v.rule()), entityName(view, v.entity()), v.detail());
        }
        return Section.of("Policy checks", rules.build(""), table.build("All policies pass."));
    }

    /**
     * A rule as a reader says it, its limit included: "Infrastructure ≤ $100 a month per entity".
     * The JSON keeps the rule's id (SPEC §5).
     */
    static String ruleName(Policies p, String rule) {
        return switch (rule) {
            case Policies.MAX_INFRA -> "Infrastructure ≤ " + Format.money(p.maxInfraSpendPerEntity())
                    + " a month per entity";
            case Policies.MARKETING_ATTRIBUTION -> p.marketingRequiresAttribution()
                    ? "Every marketing cost attributed" : "Marketing attribution (not required)";
            case Policies.MIN_REVENUE_PER_HIRE -> "Revenue ≥ " + Format.money(p.minRevenuePerHire())
                    + " a month per hire";
            default -> rule;
        };
    }

    private static long count(List<PolicyViolation> violations, String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).count();
    }
}
