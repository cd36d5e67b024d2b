package com.execreports.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
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

    /** @param value blank = absent; @param tracked {@code false} when the handoff says {@code no} */
    public record Kpi(String kpi, @Nullable BigDecimal value, @Nullable BigDecimal target, @Nullable String unit,
                      boolean tracked) {
        public Kpi {
            Objects.requireNonNull(kpi, "kpi");
        }

        /** SPEC §3: a KPI is missing when it is not tracked or has no value. */
        public boolean missing() {
            return !tracked || value == null;
        }
    }

    public record Cost(String item, CostCategory category, BigDecimal monthlyMin, BigDecimal monthlyMax,
                       boolean attributed) {
        public Cost {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(monthlyMin, "monthlyMin");
            Objects.requireNonNull(monthlyMax, "monthlyMax");
        }
    }

    /** @param recognized how/when revenue is recognised; {@code null} is a recognition gap */
    public record Revenue(YearMonth month, BigDecimal amount, @Nullable String recognized) {
        public Revenue {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public record Target(YearMonth month, BigDecimal revenueTarget) {
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

    /** The Economics key/value table; any value may be absent when the key is not given. */
    public record Economics(@Nullable String unit, @Nullable BigDecimal unitMargin, @Nullable BigDecimal dealValueMin,
                            @Nullable BigDecimal dealValueMax) {
        public static final Economics NONE = new Economics(null, null, null, null);
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

    public record Action(String action, Area area, int impact, BigDecimal effortDays, int dueDays, String owner) {
        public Action {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(area, "area");
            if (impact < 1 || impact > 10) {
                throw new IllegalArgumentException("impact must be 1-10");
            }
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
