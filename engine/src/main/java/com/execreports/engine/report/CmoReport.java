package com.execreports.engine.report;

import com.execreports.domain.ChannelStatus;
import com.execreports.domain.ChannelType;
import com.execreports.domain.CostCategory;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Kpi;
import com.execreports.engine.Continuity;
import java.math.BigDecimal;
import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Channel;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.SubHeading;
import com.execreports.engine.report.Figures.Range;
import com.execreports.engine.report.Scoped.Tagged;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** CMO: channel matrix, email opportunity range, OTA sequence, and 30/60/90-day milestones. */
final class CmoReport implements ReportBuilder {
    /** Milestone buckets by due_days (SPEC §7): ≤30, 31–60, 61–90, later. */
    private static final int[] BUCKET_ENDS = {30, 60, 90};
    /** One word for a channel type an entity does not use: status none, or no channel of the type. */
    static final String NOT_USED = "not used";

    @Override
    public Report build(Context context) {
        ScopedView view = context.view();
        var handoffs = view.handoffs();
        Range opportunity = Figures.opportunity(handoffs);
        long reach = handoffs.stream().mapToLong(Figures::emailReach).sum();

        BigDecimal atPrice = handoffs.stream().map(CmoReport::atPrice).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Range spend = Figures.costs(handoffs, c -> c.category() == CostCategory.MARKETING);
        List<Tagged<Kpi>> kpis = kpis(view);
        PersonaFigures.Cmo figures = new PersonaFigures.Cmo(opportunity.min(), opportunity.max(), reach, atPrice,
                spend.min(), spend.max(), kpis.stream().map(CmoReport::kpiRow).toList());

        String range = Format.moneyRange(opportunity.min(), opportunity.max());
        String headline = "In " + Format.month(view.period()) + " the email lists hold "
                + Format.plural(reach, "contact", "contacts") + ": " + Format.money(atPrice)
                + " at today's prices, a ceiling of " + range + " at the stated deal values; marketing costs "
                + Format.moneyRange(spend.min(), spend.max()) + " a month.";
        List<Decisions.Decision> decisions = Decisions.of(view, List.of());
        List<Section> sections = new ArrayList<>(List.of(opportunity(view, opportunity), kpiSection(view, kpis),
                spendByChannel(view), matrix(view), otaSequence(view), milestones(view), seoRoadmap(view),
                Common.findings(view, "Findings, most severe first")));
        Common.closedActions(view).ifPresent(sections::add);
        Common.resolvedFindings(view, f -> true).ifPresent(sections::add);
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view), headline,
                List.of(new KeyFigure("Email contacts", context.was(Format.count(reach), "email_reach", Format::number)),
                        new KeyFigure("At today's prices", context.was(Format.money(atPrice), "opportunity_at_price",
                                Format::money)),
                        new KeyFigure("Ceiling at deal values", context.wasRange(range, "opportunity_min",
                                "opportunity_max")),
                        new KeyFigure("Marketing spend / month", context.wasRange(Format.moneyRange(spend.min(),
                                spend.max()), "marketing_spend_min", "marketing_spend_max"))),
                Common.notices(view), Common.withData(opportunityChart(view), channelChart(view)), sections,
                Decisions.section(decisions, view.asOf()));
        return Report.of(context, doc, figures, Money.sanity(view, false, true), Format.plural(reach, "contact",
                "contacts") + ", " + Format.money(atPrice) + " at today's prices", decisions);
    }

    /** Email reach × price: what the lists are worth at what a unit really sells for (SPEC §8.3). */
    static BigDecimal atPrice(com.execreports.domain.Handoff h) {
        return h.economics().price() == null ? null
                : h.economics().price().multiply(BigDecimal.valueOf(Figures.emailReach(h)));
    }

    /** KPIs whose area the CMO may see (SPEC §8.5). */
    private static List<Tagged<Kpi>> kpis(ScopedView view) {
        var areas = view.report().persona().areas();
        return Scoped.all(view, e -> e.handoff().kpis()).stream()
                .filter(t -> t.item().area() != null && areas.contains(t.item().area())).toList();
    }

    /** A KPI with last month's value, for the JSON (SPEC §8.6). */
    static PersonaFigures.KpiRow kpiRow(Tagged<Kpi> t) {
        Kpi k = t.item();
        return new PersonaFigures.KpiRow(t.entity().id(), k.kpi(), k.value(), k.target(),
                Continuity.previousKpi(k, t.entity().previous()).map(Kpi::value).orElse(null));
    }

    private static Section kpiSection(ScopedView view, List<Tagged<Kpi>> kpis) {
        TableBuilder table = new TableBuilder().text("Entity").text("KPI").number("Value").number("Target")
                .number("Change");
        for (Tagged<Kpi> t : kpis) {
            Kpi k = t.item();
            String change = Continuity.previousKpi(k, t.entity().previous())
                    .filter(p -> k.value() != null)
                    .map(p -> Format.number(k.value()) + ", was " + Format.number(p.value())).orElse("—");
            table.row(t.entity().name(), k.kpi() + (k.unit() == null ? "" : " (" + k.unit() + ")"),
                    Format.number(k.value()), Format.number(k.target()), change);
        }
        return Section.of("Marketing and revenue KPIs", table.build("No KPI is marked with a marketing or revenue area."));
    }

    /**
     * Marketing costs by channel type: a cost belongs to the type of its entity's channel whose name
     * its item names; otherwise it is unassigned.
     */
    private static Section spendByChannel(ScopedView view) {
        Map<String, Range> byType = new LinkedHashMap<>();
        for (ChannelType type : ChannelType.values()) {
            byType.put(type.label(), Range.ZERO);
        }
        byType.put("unassigned", Range.ZERO);
        for (Tagged<Cost> t : Scoped.all(view, e -> e.handoff().costs())) {
            if (t.item().category() != CostCategory.MARKETING) {
                continue;
            }
            String item = t.item().item().toLowerCase(java.util.Locale.ROOT);
            String type = t.entity().handoff().channels().stream()
                    .filter(c -> item.contains(c.channel().toLowerCase(java.util.Locale.ROOT)))
                    .map(c -> c.type().label()).findFirst().orElse("unassigned");
            byType.merge(type, new Range(t.item().monthlyMin(), t.item().monthlyMax()), Range::plus);
        }
        TableBuilder table = new TableBuilder().text("Channel type").number("Min / month").number("Max / month");
        byType.forEach((type, r) -> {
            if (r.max().signum() > 0) {
                table.row(type, Format.money(r.min()), Format.money(r.max()));
            }
        });
        return Section.of("Spend per channel type", Common.paragraph("Marketing costs, by the channel their item "
                + "names; the rest is unassigned."), table.build("No marketing costs listed."));
    }

    /**
     * Actions on the {@code seo} channel, per entity: the local-SEO roadmap, in the same buckets as
     * the milestones (days from the as-of date, overdue first; SPEC §8.5), empty buckets left out.
     */
    private static Section seoRoadmap(ScopedView view) {
        List<Block> blocks = new ArrayList<>();
        // sorted once for the whole view: per entity it made the CMO report quadratic in entities
        // (1,000 entities took 106 s, almost all of it here)
        Map<EntityView, List<Tagged<Action>>> seoByEntity = byDue(view).stream()
                .filter(t -> t.item().channel() == ChannelType.SEO)
                .collect(Collectors.groupingBy(Tagged::entity, IdentityHashMap::new, Collectors.toList()));
        for (EntityView e : view.entities()) {
            List<Tagged<Action>> seo = seoByEntity.getOrDefault(e, List.of());
            if (!seo.isEmpty()) {
                blocks.add(new SubHeading(e.name()));
                blocks.addAll(buckets(view, seo, false));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(Common.paragraph("No action names the seo channel."));
        }
        return new Section("Local-SEO roadmap", blocks);
    }

    private static Section opportunity(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Entity").number("Email reach").number("At price")
                .number("Deal value").number("Opportunity");
        for (EntityView e : view.entities()) {
            var economics = e.handoff().economics();
            Range r = Figures.opportunity(e.handoff());
            String deal = economics.dealValueMin() == null ? "not stated"
                    : Format.moneyRange(economics.dealValueMin(), economics.dealValueMax());
            BigDecimal atPrice = atPrice(e.handoff());
            table.row(e.name(), Format.count(Figures.emailReach(e.handoff())),
                    atPrice == null ? "no price" : Format.money(atPrice), deal, Format.moneyRange(r.min(), r.max()));
        }
        table.total("Total", "", "", "", Format.moneyRange(total.min(), total.max()));
        return Section.of("Opportunity",
                Common.paragraph("Every email contact counted once at the unit's price (what a unit really sells "
                        + "for) and, as a ceiling, at the low and the high deal value."),
                table.build(""));
    }

    /** Each entity's opportunity, low and high deal value side by side. */
    static Chart opportunityChart(ScopedView view) {
        List<EntityView> entities = view.entities();
        List<Range> ranges = entities.stream().map(e -> Figures.opportunity(e.handoff())).toList();
        return new Chart("opportunity", "Email opportunity per entity, at the low and high deal value", Chart.Kind.BARS,
                Chart.Unit.MONEY, entities.stream().map(EntityView::name).toList(),
                List.of(Series.bars("Low", Tone.SECONDARY, ranges.stream().map(Range::min).toList()),
                        Series.bars("High", Tone.PRIMARY, ranges.stream().map(Range::max).toList())),
                List.of());
    }

    /**
     * The channel matrix counted: per channel type, how many entities are at each status (their
     * most advanced channel of that type); "not used" is status none or no channel of the type.
     */
    static Chart channelChart(ScopedView view) {
        List<ChannelType> types = List.of(ChannelType.values());
        List<Series> series = new ArrayList<>();
        Tone[] tones = {Tone.PRIMARY, Tone.SECONDARY, Tone.MUTED};
        for (ChannelStatus status : List.of(ChannelStatus.ACTIVE, ChannelStatus.PLANNED, ChannelStatus.INACTIVE)) {
            series.add(Series.bars(Common.capitalized(status.label()), tones[status.ordinal()], types.stream()
                    .map(t -> Common.decimal(view.handoffs().stream()
                            .filter(h -> Figures.channelStatus(h, t).orElse(null) == status).count()))
                    .toList()));
        }
        series.add(Series.bars(Common.capitalized(NOT_USED), Tone.FAINT, types.stream()
                .map(t -> Common.decimal(view.handoffs().stream()
                        .filter(h -> Figures.channelStatus(h, t).orElse(ChannelStatus.NONE) == ChannelStatus.NONE)
                        .count()))
                .toList()));
        return new Chart("channels", "Channel matrix: entities per channel type and status", Chart.Kind.STACKED_BARS,
                Chart.Unit.COUNT, types.stream().map(t -> channelLabel(t)).toList(), series, List.of());
    }

    private static String channelLabel(ChannelType type) {
        return switch (type) {
            case SMS, OTA, SEO -> type.label().toUpperCase(java.util.Locale.ROOT);
            default -> Common.capitalized(type.label());
        };
    }

    private static Section matrix(ScopedView view) {
        TableBuilder table = new TableBuilder().text("Entity").lead();
        for (ChannelType type : ChannelType.values()) {
            table.text(type.label());
        }
        for (EntityView e : view.entities()) {
            String[] row = new String[ChannelType.values().length + 1];
            row[0] = e.name();
            for (ChannelType type : ChannelType.values()) {
                row[type.ordinal() + 1] = Figures.channelStatus(e.handoff(), type).filter(s -> s != ChannelStatus.NONE)
                        .map(ChannelStatus::label).orElse(NOT_USED);
            }
            table.row(row);
        }
        return Section.of("Channel matrix", Common.paragraph("The most advanced status per channel type."),
                table.build("No entities in scope."));
    }

    private static Section otaSequence(ScopedView view) {
        List<Tagged<Channel>> otas = Scoped.all(view, e -> e.handoff().channels()).stream()
                .filter(t -> t.item().type() == ChannelType.OTA)
                .sorted(Comparator.comparing((Tagged<Channel> t) -> t.item().sequence() == null ? Integer.MAX_VALUE
                        : t.item().sequence()).thenComparingLong(Tagged::order))
                .toList();
        TableBuilder table = new TableBuilder().number("Step").text("Channel").lead().text("Entity").text("Status");
        for (Tagged<Channel> t : otas) {
            table.row(t.item().sequence() == null ? "later" : String.valueOf(t.item().sequence()), t.item().channel(),
                    t.entity().name(), t.item().status() == ChannelStatus.NONE ? NOT_USED : t.item().status().label());
        }
        return Section.of("OTA sequence", table.build("No OTA channels listed."));
    }

    /** Buckets by days from the as-of date to each due date, overdue first (SPEC §8.5). */
    private static Section milestones(ScopedView view) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Common.paragraph("Days counted from " + Format.date(view.asOf()) + " to each due date."));
        blocks.addAll(buckets(view, byDue(view), true));
        return new Section("Marketing milestones", blocks);
    }

    /** The CMO's actions, earliest due first, then by impact. */
    private static List<Tagged<Action>> byDue(ScopedView view) {
        // each action tracked once, not on every comparison of the sort
        List<Tagged<Action>> actions = Scoped.actions(view);
        Map<Tagged<Action>, java.time.LocalDate> due = new IdentityHashMap<>();
        actions.forEach(t -> due.put(t, Scoped.track(view, t).due()));
        return actions.stream().sorted(Comparator.comparing((Tagged<Action> t) -> due.get(t))
                .thenComparing(Scoped.BY_IMPACT)).toList();
    }

    /**
     * {@code actions} as Overdue, then within 30 days, 31–60, 61–90 and after 90 days from the as-of
     * date; with {@code showEmpty} false a bucket with nothing in it is left out.
     */
    private static List<Block> buckets(ScopedView view, List<Tagged<Action>> actions, boolean showEmpty) {
        List<Block> blocks = new ArrayList<>();
        List<Tagged<Action>> overdue = actions.stream().filter(t -> Scoped.track(view, t).overdue()).toList();
        if (showEmpty || !overdue.isEmpty()) {
            blocks.add(new SubHeading("Overdue"));
            blocks.add(Common.actionTable(view, overdue, "Nothing overdue."));
        }
        long from = 0;
        for (int b = 0; b <= BUCKET_ENDS.length; b++) {
            long lo = from;
            long hi = b < BUCKET_ENDS.length ? BUCKET_ENDS[b] : Long.MAX_VALUE;
            List<Tagged<Action>> bucket = actions.stream().filter(t -> {
                long days = java.time.temporal.ChronoUnit.DAYS.between(view.asOf(), Scoped.track(view, t).due());
                return days >= lo && days <= hi;
            }).toList();
            if (showEmpty || !bucket.isEmpty()) {
                blocks.add(new SubHeading(hi == Long.MAX_VALUE ? "After 90 days"
                        : lo == 0 ? "Within " + hi + " days" : "Days " + lo + "–" + hi));
                blocks.add(Common.actionTable(view, bucket, "Nothing due."));
            }
            from = hi + 1;
        }
        return blocks;
    }
}
