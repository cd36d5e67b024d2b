package com.execreports.engine.report;

import com.execreports.domain.ChannelStatus;
import com.execreports.domain.ChannelType;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CMO: channel matrix, email opportunity range, OTA sequence, and 30/60/90-day milestones. */
final class CmoReport implements ReportBuilder {
    /** Milestone buckets by due_days (SPEC §7): ≤30, 31–60, 61–90, later. */
    private static final int[] BUCKET_ENDS = {30, 60, 90};

    @Override
    public Report build(ScopedView view) {
        var handoffs = view.handoffs();
        Range opportunity = Figures.opportunity(handoffs);
        long reach = handoffs.stream().mapToLong(Figures::emailReach).sum();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("opportunity_min", opportunity.min());
        figures.put("opportunity_max", opportunity.max());
        figures.put("email_reach", reach);

        String headline = "In " + Format.month(view.period()) + " the email lists hold "
                + Format.plural(reach, "contact", "contacts") + ", an opportunity of "
                + Format.moneyRange(opportunity.min(), opportunity.max()) + " at the stated deal values.";
        Document doc = new Document(view.report().title() + " report", Common.subtitle(view),
                Common.summary(headline, Common.topProblems(view, List.of())),
                List.of(new KeyFigure("Email contacts", Format.count(reach)),
                        new KeyFigure("Opportunity", Format.moneyRange(opportunity.min(), opportunity.max()))),
                Common.notices(view), Common.withData(opportunityChart(view), channelChart(view)),
                List.of(opportunity(view, opportunity), matrix(view), otaSequence(view), milestones(view),
                        Common.findings(view, "Findings, most severe first")));
        return Report.of(view, doc, figures);
    }

    private static Section opportunity(ScopedView view, Range total) {
        TableBuilder table = new TableBuilder().text("Entity").number("Email reach").number("Deal value")
                .number("Opportunity");
        for (EntityView e : view.entities()) {
            var economics = e.handoff().economics();
            Range r = Figures.opportunity(e.handoff());
            String deal = economics.dealValueMin() == null ? "not stated"
                    : Format.moneyRange(economics.dealValueMin(), economics.dealValueMax());
            table.row(e.name(), Format.count(Figures.emailReach(e.handoff())), deal, Format.moneyRange(r.min(), r.max()));
        }
        table.row("Total", "", "", Format.moneyRange(total.min(), total.max()));
        return Section.of("Opportunity",
                Common.paragraph("Every email contact counted once at the low and the high deal value."),
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
        series.add(Series.bars("Not used", Tone.FAINT, types.stream()
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
        TableBuilder table = new TableBuilder().text("Entity");
        for (ChannelType type : ChannelType.values()) {
            table.text(type.label());
        }
        for (EntityView e : view.entities()) {
            String[] row = new String[ChannelType.values().length + 1];
            row[0] = e.name();
            for (ChannelType type : ChannelType.values()) {
                row[type.ordinal() + 1] = Figures.channelStatus(e.handoff(), type).map(ChannelStatus::label).orElse("—");
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
        TableBuilder table = new TableBuilder().number("Step").text("Channel").text("Entity").text("Status");
        for (Tagged<Channel> t : otas) {
            table.row(t.item().sequence() == null ? "later" : String.valueOf(t.item().sequence()), t.item().channel(),
                    t.entity().name(), t.item().status().label());
        }
        return Section.of("OTA sequence", table.build("No OTA channels listed."));
    }

    private static Section milestones(ScopedView view) {
        List<Tagged<Action>> actions = Scoped.actions(view).stream().sorted(
                Comparator.comparingInt((Tagged<Action> t) -> t.item().dueDays()).thenComparing(Scoped.BY_IMPACT)).toList();
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        for (int b = 0; b <= BUCKET_ENDS.length; b++) {
            int lo = from;
            int hi = b < BUCKET_ENDS.length ? BUCKET_ENDS[b] : Integer.MAX_VALUE;
            List<Tagged<Action>> bucket = actions.stream()
                    .filter(t -> t.item().dueDays() >= lo && t.item().dueDays() <= hi).toList();
            blocks.add(new SubHeading(hi == Integer.MAX_VALUE ? "After 90 days"
                    : lo == 0 ? "Within " + hi + " days" : "Days " + lo + "–" + hi));
            blocks.add(Common.actionTable(view, bucket, "Nothing due."));
            from = hi + 1;
        }
        return new Section("Marketing milestones", blocks);
    }
}
