package com.execreports.engine.parse;

import static com.execreports.engine.parse.Cells.number;
import static com.execreports.engine.parse.Cells.optional;
import static com.execreports.engine.parse.Cells.optionalNumber;
import static com.execreports.engine.parse.Cells.optionalWhole;
import static com.execreports.engine.parse.Cells.required;
import static com.execreports.engine.parse.Cells.vocabulary;

import com.execreports.domain.Area;
import com.execreports.domain.ChannelStatus;
import com.execreports.domain.ChannelType;
import com.execreports.domain.CostCategory;
import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Asset;
import com.execreports.domain.Items.Channel;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Hire;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Items.Target;
import com.execreports.engine.parse.Cells.BadCell;
import com.execreports.engine.parse.TableReader.Row;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row mapper per table section of SPEC §1: the required columns, and how a row becomes an
 * item. A mapper throws {@link BadCell} to drop the row with a warning.
 */
final class Sections {
    private Sections() {}

    interface RowMapper<T> {
        T map(Row row) throws BadCell;
    }

    /** A table section: its display name, the columns it cannot do without, its mapper. */
    record TableSection<T>(String name, List<String> requiredColumns, RowMapper<T> mapper) {}

    static final TableSection<Asset> ASSETS = new TableSection<>("Assets", List.of("asset"),
            row -> new Asset(required("asset", row.get("asset")), optional(row.get("type")),
                    optional(row.get("status")), optional(row.get("notes"))));

    static final TableSection<Kpi> KPIS = new TableSection<>("KPIs", List.of("kpi"),
            row -> new Kpi(required("kpi", row.get("kpi")),
                    optionalNumber("value", row.get("value")).orElse(null),
                    optionalNumber("target", row.get("target")).orElse(null),
                    optional(row.get("unit")),
                    // blank 'tracked' means nothing was said: the value alone decides "missing"
                    Cells.yesNo("tracked", row.get("tracked"), true)));

    static final TableSection<Cost> COSTS = new TableSection<>("Costs", List.of("item", "monthly_min"),
            Sections::cost);

    static final TableSection<Revenue> REVENUE = new TableSection<>("Revenue", List.of("month", "amount"),
            row -> new Revenue(Cells.month("month", row.get("month")), number("amount", row.get("amount")),
                    optional(row.get("recognized"))));

    static final TableSection<Target> TARGETS = new TableSection<>("Targets", List.of("month", "revenue_target"),
            row -> new Target(Cells.month("month", row.get("month")),
                    number("revenue_target", row.get("revenue_target"))));

    static final TableSection<Channel> CHANNELS = new TableSection<>("Channels", List.of("channel", "type"),
            row -> new Channel(required("channel", row.get("channel")),
                    vocabulary("type", row.get("type"), ChannelType.parse(row.get("type"))),
                    // a blank status says the channel is not in use
                    Cells.blank(row.get("status")) ? ChannelStatus.NONE
                            : vocabulary("status", row.get("status"), ChannelStatus.parse(row.get("status"))),
                    optionalWhole("reach", row.get("reach")).orElse(null),
                    optionalInt("sequence", row.get("sequence"))));

    static final TableSection<Hire> HIRES = new TableSection<>("Hires", List.of("role", "monthly_cost"),
            row -> new Hire(required("role", row.get("role")), number("monthly_cost", row.get("monthly_cost")),
                    optionalNumber("revenue_mapped", row.get("revenue_mapped")).orElse(null)));

    static final TableSection<Action> ACTIONS = new TableSection<>("Actions",
            List.of("action", "area", "impact", "due_days"), Sections::action);

    /** The Economics table is key/value: one row per key. */
    record EconomicsRow(String key, String value, int line) {}

    static final TableSection<EconomicsRow> ECONOMICS = new TableSection<>("Economics", List.of("key", "value"),
            row -> new EconomicsRow(required("key", row.get("key")).toLowerCase(java.util.Locale.ROOT),
                    row.get("value"), row.line()));

    /** Ten years: a due date further out is a typo, not a plan. */
    static final int MAX_DAYS = 3650;

    private static Integer optionalInt(String column, String cell) throws BadCell {
        Long value = optionalWhole(column, cell).orElse(null);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new BadCell(column + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    private static Cost cost(Row row) throws BadCell {
        CostCategory category = vocabulary("category", row.get("category"), CostCategory.parse(row.get("category")));
        BigDecimal min = number("monthly_min", row.get("monthly_min"));
        BigDecimal max = optionalNumber("monthly_max", row.get("monthly_max")).orElse(min);
        if (min.signum() < 0) {
            throw new BadCell("monthly_min is negative");
        }
        if (max.compareTo(min) < 0) {
            throw new BadCell("monthly_max is below monthly_min");
        }
        return new Cost(required("item", row.get("item")), category, min, max,
                Cells.yesNo("attribution", row.get("attribution"), false));
    }

    private static Action action(Row row) throws BadCell {
        long impact = Cells.whole("impact", row.get("impact"));
        if (impact < 1 || impact > 10) {
            throw new BadCell("impact is outside 1-10");
        }
        long due = Cells.whole("due_days", row.get("due_days"));
        if (due < 0 || due > MAX_DAYS) {
            throw new BadCell("due_days is outside 0-" + MAX_DAYS);
        }
        String owner = optional(row.get("owner"));
        return new Action(required("action", row.get("action")),
                vocabulary("area", row.get("area"), Area.parse(row.get("area"))), (int) impact,
                optionalNumber("effort_days", row.get("effort_days")).orElse(null), (int) due,
                owner == null ? "unassigned" : owner);
    }
}
