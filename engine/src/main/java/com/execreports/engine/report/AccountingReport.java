package com.execreports.engine.report;

import com.execreports.domain.CostCategory;
import com.execreports.domain.EntityKind;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Revenue;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.Bullets;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.SubHeading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Accounting: recognition gaps, uncategorised expenses, accounting systems, a chart of accounts per
 * kind, and a four-milestone roadmap.
 */
final class AccountingReport implements ReportBuilder {

    /** An entity whose "other" costs are this share of its spend or more is flagged (SPEC §8.5). */
    static final BigDecimal OTHER_SHARE_FLAG = new BigDecimal("0.25");

    @Override
    public Report build(Context context) {
        ScopedView view = context.view();
        var handoffs = view.handoffs();
        long gaps = Figures.recognitionGaps(handoffs, view.period());
        long uncategorized = Figures.uncategorizedExpenses(handoffs);
        List<EntityView> withoutSystem = view.entities().stream()
                .filter(e -> e.hasData() && !e.handoff().hasAccountingSystem()).toList();

        BigDecimal booked = handoffs.stream().flatMap(h -> h.revenue().stream())
                .filter(r -> r.month().isAfter(view.period())).map(Revenue::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long flagged = view.entities().stream().filter(e -> otherShare(e).map(x -> x.compareTo(OTHER_SHARE_FLAG) >= 0)
                .orElse(false)).count();
        PersonaFigures.Accounting figures = new PersonaFigures.Accounting(gaps, uncategorized, withoutSystem.size(),
                booked, flagged, view.roadmap(), view.asOf());

        String headline = "In " + Format.month(view.period()) + " "
                + Format.count(withoutSystem.size()) + " of " + Format.plural(view.entities().size(), "entity", "entities")
                + " keep no books in an accounting system; "
                + Format.plural(gaps, "revenue entry has", "revenue entries have") + " no recognition rule and "
                + Format.plural(uncategorized, "expense is", "expenses are") + " uncategorised; "
                + Format.money(booked) + " taken for later months is owed to customers until earned.";
        List<Decisions.Decision> decisions = Decisions.of(view, List.of());
        List<Section> sections = new ArrayList<>(List.of(systems(view), recognitionGaps(view), expenses(view),
                CfoReport.booked(view, "Customer deposits (booked revenue, a liability)"), roadmap(view),
                chartOfAccounts(view), Common.findings(view, "Findings, most severe first"),
                Section.of("Open actions", Common.actionTable(view,
                        Scoped.actions(view).stream().sorted(Scoped.BY_IMPACT).toList(), "No open actions."))));
        Common.closedActions(view).ifPresent(sections::add);
        Common.resolvedFindings(view, f -> true).ifPresent(sections::add);
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view), headline,
                List.of(new KeyFigure("Recognition gaps", context.was(Format.count(gaps), "revenue_recognition_gaps",
                                Format::number)),
                        new KeyFigure("Uncategorised expenses", context.was(Format.count(uncategorized),
                                "uncategorized_expenses", Format::number)),
                        new KeyFigure("Customer deposits", context.was(Format.money(booked), "booked_revenue",
                                Format::money)),
                        new KeyFigure("Without a system", Format.count(withoutSystem.size()))),
                Common.notices(view), List.of(), sections, Decisions.section(decisions, view.asOf()));
        return Report.of(context, doc, figures, List.of(), Format.plural(gaps, "recognition gap", "recognition gaps")
                + "; " + Format.plural(uncategorized, "uncategorised expense", "uncategorised expenses"), decisions);
    }

    /** Σ monthly_max of category {@code other} ÷ the entity's Σ monthly_max; empty without costs. */
    static java.util.Optional<BigDecimal> otherShare(EntityView e) {
        BigDecimal all = Figures.burn(List.of(e.handoff())).max();
        if (all.signum() <= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal other = Figures.costs(List.of(e.handoff()), c -> c.category() == CostCategory.OTHER).max();
        return java.util.Optional.of(other.divide(all, 4, java.math.RoundingMode.HALF_UP));
    }

    private static Section systems(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").lead().text("Kind").text("Accounting system");
        for (EntityView e : view.entities()) {
            String system = e.handoff().accountingSystem();
            table.row(e.name(), e.handoff().kind().label(), system == null ? "not stated"
                    : e.handoff().hasAccountingSystem() ? system : "none");
        }
        return Section.of("Accounting systems", table.build("No entities in scope."));
    }

    private static Section recognitionGaps(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").lead().text("Month").number("Amount");
        for (EntityView e : view.entities()) {
            for (Revenue r : Figures.recognitionGaps(e.handoff(), view.period())) {
                table.row(e.name(), r.month().toString(), Format.money(r.amount()));
            }
        }
        return Section.of("Revenue recognition gaps",
                Common.paragraph("Revenue booked without saying how or when it is recognised (deposit, charter date, "
                        + "completion...)."),
                table.build("Every revenue entry states how it is recognised."));
    }

    private static Section expenses(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Item").lead().number("Monthly");
        long total = 0;
        for (EntityView e : view.entities()) {
            total += e.handoff().costs().size();
            for (Cost c : Figures.uncategorizedExpenses(e.handoff())) {
                table.row(e.name(), c.item(), Format.moneyRange(c.monthlyMin(), c.monthlyMax()));
            }
        }
        TableBuilder share = new TableBuilder().text("Entity").number("\"Other\" share of spend").text("Flag");
        for (EntityView e : view.entities()) {
            otherShare(e).ifPresent(x -> share.row(e.name(), x.multiply(BigDecimal.valueOf(100))
                    .setScale(0, java.math.RoundingMode.HALF_UP) + "%", x.compareTo(OTHER_SHARE_FLAG) >= 0
                    ? "25% or more: split it into real categories" : "—"));
        }
        return Section.of("Expense categorisation audit",
                Common.paragraph(Format.plural(total, "cost line", "cost lines") + " reviewed; these have no category:"),
                table.build("Every expense has a category."),
                Common.paragraph("Costs filed as \"other\", by share of each entity's maximum monthly spend:"),
                share.build("No costs listed."));
    }

    /** The roadmap of reports.yml with its fixed dates, done and overdue marked (SPEC §8.5). */
    private static Section roadmap(ScopedView view) {
        TableBuilder table = new TableBuilder().number("#").text("Milestone").text("Owner").number("By").text("Status");
        int n = 1;
        for (var m : view.roadmap()) {
            String status = m.done() ? "done" : m.due().isBefore(view.asOf()) ? "overdue" : "open";
            table.row(String.valueOf(n++), m.milestone(), m.owner() == null ? "—" : m.owner(), Format.date(m.due()),
                    status);
        }
        return Section.of("Roadmap", table.build("No roadmap is given in reports.yml ('roadmap:'), so there are no "
                + "milestones to track."));
    }

    private static Section chartOfAccounts(ScopedView view) {
        Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
        for (EntityView e : view.entities()) {
            if (e.hasData()) {
                byKind.computeIfAbsent(e.handoff().kind(), k -> new ArrayList<>()).add(e.name());
            }
        }
        List<Block> blocks = new ArrayList<>();
        byKind.forEach((kind, names) -> {
            blocks.add(new SubHeading(kind.label() + " — " + String.join(", ", names)));
            blocks.add(new Bullets(ChartOfAccounts.forKind(kind).entrySet().stream()
                    .map(group -> group.getKey() + ": " + String.join("; ", group.getValue())).toList()));
        });
        return Section.appendix("Chart of accounts", blocks);
    }
}
