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
import java.util.LinkedHashMap;
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
    public Report build(ScopedView view) {
        Range infra = Figures.infrastructureSpend(view.handoffs());
        List<Tagged<Action>> ranked = Scoped.actions(view).stream().sorted(RANKING).toList();
        List<Tagged<Finding>> findings = Scoped.findingsBySeverity(view);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("infra_spend_min", infra.min());
        figures.put("infra_spend_max", infra.max());
        figures.put("engineering_actions", ranked.size());
        figures.put("findings", findings.size());
        List<KeyFigure> keyFigures = new ArrayList<>(List.of(
                new KeyFigure("Infrastructure / month", Format.moneyRange(infra.min(), infra.max())),
                new KeyFigure("Findings", Format.count(findings.size())),
                new KeyFigure("Engineering actions", Format.count(ranked.size()))));
        BigDecimal bill = view.inspected() ? AccountParts.observedSpend(view) : null;
        if (view.inspected()) {
            figures.put("observed_infra_spend", bill);
            figures.put("account_findings", Figures.accountFindings(view.handoffsAndUnassigned()));
            keyFigures.add(new KeyFigure("AWS bill (Cost Explorer)", AccountParts.money(bill)));
        }

        String headline = "In " + Format.month(view.period()) + " infrastructure across "
                + Format.plural(view.entities().size(), "entity", "entities") + " costs "
                + Format.moneyRange(infra.min(), infra.max()) + " a month"
                + (bill == null ? "" : " (the AWS bill says " + Format.money(bill) + ")") + "; the audit lists "
                + Format.plural(findings.size(), "finding", "findings") + " and "
                + Format.plural(ranked.size(), "engineering action", "engineering actions") + ".";
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view),
                Common.summary(headline, Common.topProblems(view, List.of())), keyFigures,
                Common.notices(view), Common.withData(findingsChart(view)), sections(view, ranked, infra));
        return Report.of(view, doc, figures);
    }

    private static List<Section> sections(ScopedView view, List<Tagged<Action>> ranked, Range infra) {
        List<Section> sections = new ArrayList<>(List.of(stackAudit(view),
                Common.findings(view, "Findings, most severe first"),
                Section.of("Engineering action items",
                        Common.paragraph("Security first, then by impact."),
                        Common.actionTable(view, ranked, "No engineering actions are planned.")),
                spend(view, infra)));
        if (view.inspected()) {
            sections.add(AccountParts.spendComparison(view));
            sections.add(AccountParts.inventory(view));
        }
        return sections;
    }

    /** Entity × area: how many findings, and the worst severity among them. */
    private static Section stackAudit(ScopedView view) {
        List<Area> areas = Persona.CTO.areas().stream().sorted().toList();
        TableBuilder table = new TableBuilder().text("Entity");
        areas.forEach(a -> table.text(a.label()));
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
                areas.stream().map(a -> a == Area.UX ? "UX" : Common.capitalized(a.label())).toList(), series,
                List.of());
    }

    private static String cell(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "—";
        }
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        return findings.size() + " (worst: " + worst.label() + ")";
    }

    private static Section spend(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Entity").text("Item").number("Min / month").number("Max / month");
        for (Tagged<Cost> t : Scoped.all(view, e -> e.handoff().costs())) {
            if (t.item().category() == CostCategory.INFRASTRUCTURE) {
                table.row(t.entity().name(), t.item().item(), Format.money(t.item().monthlyMin()),
                        Format.money(t.item().monthlyMax()));
            }
        }
        table.row("Total", "", Format.money(total.min()), Format.money(total.max()));
        return Section.of("AWS and infrastructure spend", table.build("No infrastructure costs listed."));
    }
}
