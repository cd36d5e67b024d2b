package com.execreports.engine.report;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Accounting: recognition gaps, uncategorised expenses, accounting systems, a chart of accounts per
 * kind, and a four-milestone roadmap.
 */
final class AccountingReport implements ReportBuilder {

    @Override
    public Report build(ScopedView view) {
        var handoffs = view.handoffs();
        long gaps = Figures.recognitionGaps(handoffs, view.period());
        long uncategorized = Figures.uncategorizedExpenses(handoffs);
        List<EntityView> withoutSystem = view.entities().stream()
                .filter(e -> e.hasData() && !e.handoff().hasAccountingSystem()).toList();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("revenue_recognition_gaps", gaps);
        figures.put("uncategorized_expenses", uncategorized);
        figures.put("entities_without_accounting_system", withoutSystem.size());

        String headline = "In " + Format.month(view.period()) + " "
                + Format.count(withoutSystem.size()) + " of " + Format.plural(view.entities().size(), "entity", "entities")
                + " keep no books in an accounting system; "
                + Format.plural(gaps, "revenue entry has", "revenue entries have") + " no recognition rule and "
                + Format.plural(uncategorized, "expense is", "expenses are") + " uncategorised.";
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view),
                Common.summary(headline, Common.topProblems(view, List.of())),
                List.of(new KeyFigure("Recognition gaps", Format.count(gaps)),
                        new KeyFigure("Uncategorised expenses", Format.count(uncategorized)),
                        new KeyFigure("Without a system", Format.count(withoutSystem.size()))),
                Common.notices(view), List.of(),
                List.of(systems(view), recognitionGaps(view), expenses(view), roadmap(view, withoutSystem, gaps, uncategorized),
                        chartOfAccounts(view), Common.findings(view, "Findings, most severe first"),
                        Section.of("Open actions", Common.actionTable(view,
                                Scoped.actions(view).stream().sorted(Scoped.BY_IMPACT).toList(), "No open actions."))));
        return Report.of(view, doc, figures);
    }

    private static Section systems(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Kind").text("Accounting system");
        for (EntityView e : view.entities()) {
            String system = e.handoff().accountingSystem();
            table.row(e.name(), e.handoff().kind().label(), system == null ? "not stated"
                    : e.handoff().hasAccountingSystem() ? system : "none");
        }
        return Section.of("Accounting systems", table.build("No entities in scope."));
    }

    private static Section recognitionGaps(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").text("Month").number("Amount");
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
        TableBuilder table = new TableBuilder().text("Entity").text("Item").number("Monthly");
        long total = 0;
        for (EntityView e : view.entities()) {
            total += e.handoff().costs().size();
            for (Cost c : Figures.uncategorizedExpenses(e.handoff())) {
                table.row(e.name(), c.item(), Format.moneyRange(c.monthlyMin(), c.monthlyMax()));
            }
        }
        return Section.of("Expense categorisation audit",
                Common.paragraph(Format.plural(total, "cost line", "cost lines") + " reviewed; these have no category:"),
                table.build("Every expense has a category."));
    }

    private static Section roadmap(ScopedView view, List<EntityView> withoutSystem, long gaps, long uncategorized) {
        String who = withoutSystem.isEmpty() ? "all entities (already in place: confirm access)"
                : withoutSystem.stream().map(EntityView::name).collect(Collectors.joining(", "));
        TableBuilder table = new TableBuilder().number("#").text("Milestone").text("By");
        table.row("1", "Choose an accounting system and open the books for " + who,
                Format.date(Format.dueDate(view.period(), 30)));
        table.row("2", "Adopt the chart of accounts below and categorise the "
                + Format.plural(uncategorized, "uncategorised expense", "uncategorised expenses"),
                Format.date(Format.dueDate(view.period(), 60)));
        table.row("3", "Write a revenue recognition policy and close the "
                + Format.plural(gaps, "recognition gap", "recognition gaps"),
                Format.date(Format.dueDate(view.period(), 90)));
        table.row("4", "First monthly close: reconcile bank accounts and hand actuals to the CFO",
                Format.date(Format.dueDate(view.period(), 120)));
        return Section.of("Roadmap", table.build(""));
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
            blocks.add(new Bullets(ChartOfAccounts.forKind(kind)));
        });
        return new Section("Chart of accounts templates", blocks);
    }
}
