package com.execreports.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The rows and bullets of a handoff's sections (SPEC §1), one record per section. */
public final class Items {
    private Items() {}

    public record Asset(String asset, @Nullable String type, @Nullable String status, @Nullable String notes) {
        public Asset {
            Objects.requireNonNull(asset, "asset");
        }
    }

    /**
     * @param value blank = absent; @param tracked {@code false} when the handoff says {@code no}
     * @param area the area the KPI measures (SPEC §8.1); {@code null} = none
     */
    public record Kpi(String kpi, BigDecimal value, BigDecimal target, String unit, boolean tracked, Area area) {
        public Kpi {
            Objects.requireNonNull(kpi, "kpi");
        }

        public Kpi(String kpi, BigDecimal value, BigDecimal target, String unit, boolean tracked) {
            this(kpi, value, target, unit, tracked, null);
        }

        /** SPEC §3: a KPI is missing when it is not tracked or has no value. */
        public boolean missing() {
            return !tracked || value == null;
        }
    }

    /** @param to entity id of the payee when it is an entity of the portfolio (SPEC §8.1); else {@code null} */
    public record Cost(String item, CostCategory category, BigDecimal monthlyMin, BigDecimal monthlyMax,
                       boolean attributed, String to) {
        public Cost {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(monthlyMin, "monthlyMin");
            Objects.requireNonNull(monthlyMax, "monthlyMax");
        }

        public Cost(String item, CostCategory category, BigDecimal monthlyMin, BigDecimal monthlyMax,
                    boolean attributed) {
            this(item, category, monthlyMin, monthlyMax, attributed, null);
        }
    }

    /**
     * @param recognized how/when revenue is recognised; {@code null} is a recognition gap
     * @param from entity id of the payer when it is an entity of the portfolio (SPEC §8.1); else {@code null}
     */
    public record Revenue(ReportingPeriod month, BigDecimal amount, String recognized, String from) {
        public Revenue {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(amount, "amount");
        }

        public Revenue(ReportingPeriod month, BigDecimal amount, String recognized) {
            this(month, amount, recognized, null);
        }
    }

    public record Target(ReportingPeriod month, BigDecimal revenueTarget) {
        public Target {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(revenueTarget, "revenueTarget");
        }
    }

    /** @param reach blank = absent (counts as 0); @param sequence blank = absent (sorts last) */
    public record Channel(String channel, ChannelType type, ChannelStatus status, @Nullable Long reach,
                          @Nullable Integer sequence) {
        public Channel {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * The Economics key/value table; any value may be absent when the key is not given.
     *
     * @param price average price of one unit (SPEC §8.1)
     * @param unitsSold units sold in the handoff's period
     * @param marginLine, dealValueMinLine the lines of those rows, for the sanity warnings of §8.3 (0 = absent)
     */
    public record Economics(String unit, BigDecimal unitMargin, BigDecimal dealValueMin, BigDecimal dealValueMax,
                            BigDecimal price, BigDecimal unitsSold, int marginLine, int dealValueMinLine) {
        public static final Economics NONE = new Economics(null, null, null, null);

        public Economics(String unit, BigDecimal unitMargin, BigDecimal dealValueMin, BigDecimal dealValueMax) {
            this(unit, unitMargin, dealValueMin, dealValueMax, null, null, 0, 0);
        }
    }

    /** @param revenueMapped blank = absent, which fails the revenue-per-hire policy */
    public record Hire(String role, BigDecimal monthlyCost, @Nullable BigDecimal revenueMapped) {
        public Hire {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(monthlyCost, "monthlyCost");
        }
    }

    /** @param source where the finding comes from: a handoff, or inspecting the AWS account */
    public record Finding(Severity severity, Area area, String text, Source source) {
        /** Where a finding was made. */
        public enum Source { HANDOFF, ACCOUNT }

        public Finding {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }

        /** A finding written in a handoff. */
        public Finding(Severity severity, Area area, String text) {
            this(severity, area, text, Source.HANDOFF);
        }
    }

    /**
     * One action (SPEC §1, §8.1).
     *
     * @param due absolute due date; {@code null} = counted from the handoff's period with {@code dueDays}
     * @param tier the CFO's capital-deployment tier; {@code null} = none
     * @param cost one-off cost in USD; {@code null} = 0
     * @param channel the channel type a marketing action works on; {@code null} = none
     */
    public record Action(String action, Area area, int impact, BigDecimal effortDays, int dueDays, String owner,
                         LocalDate due, ActionStatus status, Tier tier, BigDecimal cost, ChannelType channel) {
        public Action {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(area, "area");
            if (impact < 1 || impact > 10) {
                throw new IllegalArgumentException("impact must be 1-10");
            }
            status = status == null ? ActionStatus.OPEN : status;
        }

        public Action(String action, Area area, int impact, BigDecimal effortDays, int dueDays, String owner) {
            this(action, area, impact, effortDays, dueDays, owner, null, ActionStatus.OPEN, null, null, null);
        }

        public boolean open() {
            return status == ActionStatus.OPEN;
        }

        /** SPEC §8.2: {@code due} if given, else the first day after the handoff's period plus {@code dueDays}. */
        public LocalDate dueDate(ReportingPeriod handoffPeriod) {
            return due != null ? due : handoffPeriod.next().firstDay().plusDays(dueDays);
        }
    }

    /** A section the engine does not interpret: shown only in stakeholder reports. */
    public record Narrative(String heading, String text) {
        public Narrative {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
        }
    }
}
