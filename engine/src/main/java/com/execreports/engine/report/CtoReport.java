package com.execreports.engine.report;

import com.execreports.domain.Area;
import com.execreports.domain.CostCategory;
import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Persona;
import com.execreports.domain.Severity;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Figures.Range;
import com.execreports.engine.report.Scoped.Tagged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** CTO: stack audit per entity and area, infrastructure spend range, ranked engineering actions. */
final class CtoReport implements ReportBuilder {

    /** Security first, then by impact (high first), then by due days (SPEC §7). */
    static final Comparator<Tagged<Action>> RANKING = Comparator
            .comparing((Tagged<Action> t) -> t.item().area() != Area.SECURITY)
            .thenComparingInt(t -> -t.item().impact())
            .thenComparingInt(t -> t.item().dueDays())
            .thenComparingLong(Tagged::order);

    @Override
    public Report build(Context context) {
        ScopedView view = context.view();
        Range infra = Figures.infrastructureSpend(view.handoffs());
        List<Tagged<Action>> ranked = Scoped.actions(view).stream().sorted(RANKING).toList();
        List<Tagged<Finding>> findings = Scoped.findingsBySeverity(view);

        long overdue = ranked.stream().filter(t -> Scoped.track(view, t).overdue()).count();
        List<KeyFigure> keyFigures = new ArrayList<>(List.of(
                new KeyFigure("Infrastructure / month", context.wasRange(Format.moneyRange(infra.min(), infra.max()),
                        "infra_spend_min", "infra_spend_max")),
                new KeyFigure("Findings", context.was(Format.count(findings.size()), "findings", Format::number)),
                new KeyFigure("Engineering actions", context.was(Format.count(ranked.size()), "engineering_actions",
                        Format::number)),
                new KeyFigure("Overdue", context.was(Format.count(overdue), "overdue_actions", Format::number))));
        BigDecimal bill = view.inspected() ? AccountParts.observedSpend(view) : null;
        PersonaFigures.Cto figures = new PersonaFigures.Cto(infra.min(), infra.max(), ranked.size(), findings.size(),
                overdue, view.inspected(), bill,
                view.inspected() ? Figures.accountFindings(view.handoffsAndUnassigned()) : 0);
        if (view.inspected()) {
            keyFigures.add(new KeyFigure("AWS bill (Cost Explorer)", AccountParts.money(bill)));
        }

        String headline = "In " + Format.month(view.period()) + " infrastructure across "
                + Format.plural(view.entities().size(), "entity", "entities") + " costs "
                + Format.moneyRange(infra.min(), infra.max()) + " a month"
                + (bill == null ? "" : " (the AWS bill says " + Format.money(bill) + ")") + "; the audit lists "
                + Format.plural(findings.size(), "finding", "findings") + " and "
                + Format.plural(ranked.size(), "engineering action", "engineering actions") + ", "
                + Format.count(overdue) + " overdue.";
        List<Decisions.Decision> decisions = Decisions.of(view, List.of());
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view), headline, keyFigures,
                Common.notices(view), Common.withData(findingsChart(view)), sections(view, ranked, infra),
                Decisions.section(decisions, view.asOf()));
        return Report.of(context, doc, figures, List.of(), "infrastructure " + Format.moneyRange(infra.min(),
                infra.max()) + "/month; " + Format.plural(ranked.size(), "action", "actions") + ", "
                + Format.count(overdue) + " overdue", decisions);
    }

    private static List<Section> sections(ScopedView view, List<Tagged<Action>> ranked, Range infra) {
        List<Section> sections = new ArrayList<>(List.of(stackAudit(view),
                Common.findings(view, "Findings, most severe first"),
                Section.of("Engineering action items",
                        Common.paragraph("Security first, then by impact."),
                        Common.actionTable(view, ranked, "No engineering actions are planned.")),
                Section.of("Who carries the engineering work", Owners.table(Owners.of(Scoped.tracked(view)))),
                spend(view, infra), capped(view)));
        if (view.inspected()) {
            sections.add(AccountParts.spendComparison(view));
            sections.add(AccountParts.inventory(view));
        }
        Common.closedActions(view).ifPresent(sections::add);
        Common.resolvedFindings(view, f -> true).ifPresent(sections::add);
        return sections;
    }

    /** Entity × area: how many findings, and the worst severity among them. */
    private static Section stackAudit(ScopedView view) {
        List<Area> areas = Persona.CTO.areas().stream().sorted().toList();
        TableBuilder table = new TableBuilder().text("Entity").lead();
        areas.forEach(a -> table.text(areaName(a)));
        for (EntityView e : view.entitiesAndUnassigned()) {
            Map<Area, List<Finding>> byArea = e.handoff().findings().stream()
                    .collect(Collectors.groupingBy(Finding::area, () -> new EnumMap<>(Area.class), Collectors.toList()));
            String[] row = new String[areas.size() + 1];
            row[0] = e.name();
            for (int i = 0; i < areas.size(); i++) {
                row[i + 1] = cell(byArea.getOrDefault(areas.get(i), List.of()));
            }
            table.row(row);
        }
        return Section.of("Stack audit",
                Common.paragraph("Findings per entity and area, with the worst severity in each."),
                table.build("No entities in scope."));
    }

    /** Findings per area (the CTO's areas), stacked by severity. */
    static Chart findingsChart(ScopedView view) {
        List<Area> areas = Persona.CTO.areas().stream().sorted().toList();
        Tone[] tones = {Tone.ALERT, Tone.WARNING, Tone.CAUTION, Tone.MUTED};
        List<Series> series = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            series.add(Series.bars(Common.capitalized(severity.label()), tones[severity.ordinal()], areas.stream()
                    .map(a -> Common.decimal(Figures.findings(view.handoffs(),
                            f -> f.area() == a && f.severity() == severity)))
                    .toList()));
        }
        return new Chart("findings", "Findings by area and severity", Chart.Kind.STACKED_BARS, Chart.Unit.COUNT,
                areas.stream().map(CtoReport::areaName).toList(), series,
                List.of());
    }

    /** "Security", "UX": an area as a column heading or chart label. */
    static String areaName(Area area) {
        return area == Area.UX ? "UX" : Common.capitalized(area.label());
    }

    private static String cell(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "—";
        }
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        return findings.size() + " (worst: " + worst.label() + ")";
    }

    /** Each entity's infrastructure spend against the CFO's per-entity cap (SPEC §2, §8.5). */
    private static Section capped(ScopedView view) {
        BigDecimal cap = view.policies().maxInfraSpendPerEntity();
        TableBuilder table = new TableBuilder().text("Entity").number("Infrastructure / month").number("Cap")
                .text("Within the cap");
        for (EntityView e : view.entities()) {
            Range r = Figures.infrastructureSpend(List.of(e.handoff()));
            table.row(e.name(), Format.moneyRange(r.min(), r.max()), Format.money(cap),
                    r.max().compareTo(cap) > 0 ? "no: over by " + Format.money(r.max().subtract(cap)) : "yes");
        }
        return Section.of("Infrastructure spend against the cap", table.build("No entities in scope."));
    }

    private static Section spend(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Entity").text("Item").lead().number("Min / month").number("Max / month");
        for (Tagged<Cost> t : Scoped.all(view, e -> e.handoff().costs())) {
            if (t.item().category() == CostCategory.INFRASTRUCTURE) {
                table.row(t.entity().name(), t.item().item(), Format.money(t.item().monthlyMin()),
                        Format.money(t.item().monthlyMax()));
            }
        }
        table.total("Total", "", Format.money(total.min()), Format.money(total.max()));
        return Section.of("AWS and infrastructure spend", table.build("No infrastructure costs listed."));
    }
}
