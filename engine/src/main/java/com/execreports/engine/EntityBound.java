package com.execreports.engine;

import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Items.Target;
import com.execreports.domain.Severity;
import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Document;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.Table;
import com.execreports.engine.report.Format;
import com.execreports.engine.report.Report;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a report readable at any portfolio size: over more than N entities ({@code
 * max_entities_shown} in reports.yml) a report shows one by one the N that matter most, by critical
 * findings, then overdue actions, then actions due within 30 days, then money (monthly cost at
 * most plus the month's revenue), and one total of the rest; every entity, with the numbers it was
 * ranked by, is in a CSV attached to the message and archived beside it.
 *
 * <p>A step around the persona builders, not inside them: the builders build the report of the
 * N shown entities as of any small scope, and a second time over the whole scope for the figures
 * (the JSON, the key figures and the summary stay those of every entity); this class puts the two
 * together and adds the total of the rest.
 */
public final class EntityBound {
    /** Actions due within this many days count as due soon (the CEO's 30-day plan). */
    static final int SOON_DAYS = 30;

    private EntityBound() {}

    /** One entity's place in the ranking and the numbers it was ranked by. */
    public record Ranked(int rank, EntityView entity, int critical, int findings, int overdue, int dueSoon,
                         int actions, BigDecimal costMin, BigDecimal costMax, BigDecimal revenue, BigDecimal target) {
        BigDecimal money() {
            return costMax.add(revenue);
        }
    }

    /**
     * A scope cut down to what a report shows.
     *
     * @param shown the view to build the shown report from: the N entities, most important first
     * @param ranked every entity of the scope, most important first
     */
    public record Bounded(ScopedView full, ScopedView shown, List<Ranked> ranked, int limit) {
        public boolean isBounded() {
            return ranked.size() > limit;
        }

        public List<Ranked> rest() {
            return ranked.subList(Math.min(limit, ranked.size()), ranked.size());
        }

        /** The attachment's file name. */
        public String csvName() {
            return full.report().id() + "-entities.csv";
        }
    }

    /** The view cut to its {@code limit} most important entities; the same view when it has no more. */
    public static Bounded of(ScopedView view, int limit) {
        if (view.entities().size() <= limit) {
            return new Bounded(view, view, List.of(), limit);
        }
        List<Ranked> unranked = new ArrayList<>(view.entities().size());
        for (EntityView e : view.entities()) {
            unranked.add(measure(0, e, view));
        }
        unranked.sort(Comparator.comparingInt(Ranked::critical).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::overdue).reversed())
                .thenComparing(Comparator.comparingInt(Ranked::dueSoon).reversed())
                .thenComparing(Comparator.comparing(Ranked::money).reversed())
                .thenComparing(r -> r.entity().name())
                .thenComparing(r -> r.entity().id()));
        List<Ranked> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            Ranked r = unranked.get(i);
            ranked.add(new Ranked(i + 1, r.entity(), r.critical(), r.findings(), r.overdue(), r.dueSoon(), r.actions(),
                    r.costMin(), r.costMax(), r.revenue(), r.target()));
        }
        List<EntityView> shown = ranked.subList(0, limit).stream().map(Ranked::entity).toList();
        Set<String> shownFiles = new HashSet<>();
        shown.forEach(e -> shownFiles.add(e.handoff().file()));
        List<Warning> warnings = view.warnings().stream().filter(w -> shownFiles.contains(w.file())).toList();
        ScopedView cut = new ScopedView(view.report(), view.period(), shown, view.policies(), warnings,
                view.unassigned(), view.inspected());
        return new Bounded(view, cut, List.copyOf(ranked), limit);
    }

    private static Ranked measure(int rank, EntityView e, ScopedView view) {
        Handoff h = e.handoff();
        int critical = 0;
        for (Finding f : h.findings()) {
            if (f.severity() == Severity.CRITICAL) {
                critical++;
            }
        }
        int overdue = 0;
        int soon = 0;
        for (Action a : h.actions()) {
            if (a.dueDays() <= 0) {
                overdue++;
            } else if (a.dueDays() <= SOON_DAYS) {
                soon++;
            }
        }
        BigDecimal costMin = BigDecimal.ZERO;
        BigDecimal costMax = BigDecimal.ZERO;
        for (Cost c : h.costs()) {
            costMin = costMin.add(c.monthlyMin() == null ? BigDecimal.ZERO : c.monthlyMin());
            costMax = costMax.add(c.monthlyMax() == null ? BigDecimal.ZERO : c.monthlyMax());
        }
        BigDecimal revenue = BigDecimal.ZERO;
        for (Revenue r : h.revenue()) {
            if (r.month().equals(view.period()) && r.amount() != null) {
                revenue = revenue.add(r.amount());
            }
        }
        BigDecimal target = BigDecimal.ZERO;
        for (Target t : h.targets()) {
            if (t.month().equals(view.period()) && t.revenueTarget() != null) {
                target = target.add(t.revenueTarget());
            }
        }
        return new Ranked(rank, e, critical, h.findings().size(), overdue, soon, h.actions().size(), costMin, costMax,
                revenue, target);
    }

    /**
     * The report a reader gets: title, sections and charts of the shown entities' report; summary,
     * key figures, figures and entities of the whole scope's; a notice saying so, and a last section
     * with the total of the rest.
     */
    public static Report combine(Bounded bounded, Report shown, Report whole) {
        if (!bounded.isBounded()) {
            return shown;
        }
        Document s = shown.document();
        Document w = whole.document();
        List<Ranked> rest = bounded.rest();
        int all = bounded.ranked().size();
        List<String> notices = new ArrayList<>();
        notices.add(String.format(Locale.ROOT, "This report covers %s entities. It shows the %d that matter most "
                        + "(by critical findings, then overdue actions, then money) one by one, and the other %s as "
                        + "one total at the end; every entity is in the attached %s.", count(all), bounded.limit(),
                count(rest.size()), bounded.csvName()));
        notices.addAll(s.notices());
        List<Section> sections = new ArrayList<>(s.sections());
        sections.add(restSection(bounded, rest));
        Document document = new Document(s.title(), w.subtitle(), w.summary(), w.keyFigures(), notices, s.charts(),
                sections, w.decisions());
        List<Warning> warnings = new ArrayList<>(shown.warnings());
        // the first screen (decisions, figures, typed figures) is the whole scope's, like the key figures
        return new Report(whole.definition(), whole.period(), whole.subject(), document, whole.figures(),
                whole.entities(), warnings, whole.asOf(), whole.previousPeriod(), whole.decisions(), whole.actions(),
                whole.typed());
    }

    private static Section restSection(Bounded bounded, List<Ranked> rest) {
        List<String> headers = List.of("Entities", "Critical findings", "Findings", "Overdue actions",
                "Actions due in 30 days", "Monthly cost", "Revenue this month");
        List<Boolean> numeric = List.of(false, true, true, true, true, true, true);
        List<List<String>> rows = List.of(total(String.format(Locale.ROOT, "The other %s", count(rest.size())), rest),
                total(String.format(Locale.ROOT, "All %s", count(bounded.ranked().size())), bounded.ranked()));
        return Section.of(String.format(Locale.ROOT, "The other %s entities", count(rest.size())),
                new Document.Paragraph("Totals of the entities not shown one by one above, and of all entities. "
                        + "Each entity's own numbers are in the attached " + bounded.csvName() + "."),
                new Table(headers, numeric, rows, "none"));
    }

    private static List<String> total(String label, List<Ranked> entities) {
        int critical = 0;
        int findings = 0;
        int overdue = 0;
        int soon = 0;
        BigDecimal costMin = BigDecimal.ZERO;
        BigDecimal costMax = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        for (Ranked r : entities) {
            critical += r.critical();
            findings += r.findings();
            overdue += r.overdue();
            soon += r.dueSoon();
            costMin = costMin.add(r.costMin());
            costMax = costMax.add(r.costMax());
            revenue = revenue.add(r.revenue());
        }
        return List.of(label, count(critical), count(findings), count(overdue), count(soon),
                Format.moneyRange(costMin, costMax), Format.money(revenue));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Every entity of the scope, in rank order, with the numbers it was ranked by. */
    public static byte[] csv(Bounded bounded) {
        CsvSchema schema = CsvSchema.builder()
                .addColumn("rank").addColumn("entity").addColumn("name").addColumn("status")
                .addColumn("critical_findings").addColumn("findings").addColumn("overdue_actions")
                .addColumn("actions_due_in_30_days").addColumn("actions").addColumn("monthly_cost_min")
                .addColumn("monthly_cost_max").addColumn("revenue_this_month").addColumn("revenue_target_this_month")
                .addColumn("shown").build().withHeader();
        List<Map<String, Object>> rows = new ArrayList<>(bounded.ranked().size());
        for (Ranked r : bounded.ranked()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", r.rank());
            row.put("entity", r.entity().id());
            row.put("name", r.entity().name());
            row.put("status", r.entity().status().name().toLowerCase(Locale.ROOT));
            row.put("critical_findings", r.critical());
            row.put("findings", r.findings());
            row.put("overdue_actions", r.overdue());
            row.put("actions_due_in_30_days", r.dueSoon());
            row.put("actions", r.actions());
            row.put("monthly_cost_min", r.costMin().toPlainString());
            row.put("monthly_cost_max", r.costMax().toPlainString());
            row.put("revenue_this_month", r.revenue().toPlainString());
            row.put("revenue_target_this_month", r.target().toPlainString());
            row.put("shown", r.rank() <= bounded.limit() ? "yes" : "no");
            rows.add(row);
        }
        try {
            return new CsvMapper().writer(schema).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the entities CSV", e);
        }
    }
}
