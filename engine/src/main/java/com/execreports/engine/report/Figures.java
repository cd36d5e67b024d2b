package com.execreports.engine.report;

import com.execreports.domain.ChannelStatus;
import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.ChannelType;
import com.execreports.domain.CostCategory;
import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Channel;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Policies;
import com.execreports.domain.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of SPEC §3, computed in exactly one place from handoffs already scoped to a report.
 * Pure functions: no I/O, no clock.
 */
public final class Figures {
    private Figures() {}

    /** A min..max amount per month. */
    public record Range(BigDecimal min, BigDecimal max) {
        public static final Range ZERO = new Range(BigDecimal.ZERO, BigDecimal.ZERO);

        Range plus(Range other) {
            return new Range(min.add(other.min), max.add(other.max));
        }

        Range times(BigDecimal lowFactor, BigDecimal highFactor) {
            return new Range(min.multiply(lowFactor), max.multiply(highFactor));
        }
    }

    /** One broken policy: the rule's key (SPEC §2), the entity, and what broke it. */
    public record PolicyViolation(String rule, String entity, String detail) {}

    /** The portfolio break-even: units of the unit of the entity with the largest margin. */
    public record BreakEven(long units, String unit, String entity, BigDecimal unitMargin) {}

    public static Range costs(Collection<Handoff> handoffs, Predicate<Cost> which) {
        Range total = Range.ZERO;
        for (Handoff h : handoffs) {
            for (Cost c : h.costs()) {
                if (which.test(c)) {
                    total = total.plus(new Range(c.monthlyMin(), c.monthlyMax()));
                }
            }
        }
        return total;
    }

    /** Monthly burn: the Costs table only; Hires are not added again (SPEC §7). */
    public static Range burn(Collection<Handoff> handoffs) {
        return costs(handoffs, c -> true);
    }

    public static Range infrastructureSpend(Collection<Handoff> handoffs) {
        return costs(handoffs, c -> c.category() == CostCategory.INFRASTRUCTURE);
    }

    /**
     * The month's cost as the AWS account billed it (Cost Explorer), summed over the groups whose
     * cost is known; {@code null} when none is (the account was not inspected, or its cost not read).
     */
    public static @Nullable BigDecimal observedInfraSpend(Collection<? extends @Nullable Observed> observed) {
        return observed.stream().filter(o -> o != null && o.infraSpend() != null).map(Observed::infraSpend)
                .reduce(BigDecimal::add).orElse(null);
    }

    /** Findings that inspecting the AWS account made, beside the handoffs' own. */
    public static long accountFindings(Collection<Handoff> handoffs) {
        return handoffs.stream().flatMap(h -> h.findings().stream())
                .filter(f -> f.source() == Finding.Source.ACCOUNT).count();
    }

    public static long criticalShortfalls(Collection<Handoff> handoffs) {
        return handoffs.stream().flatMap(h -> h.findings().stream())
                .filter(f -> f.severity() == Severity.CRITICAL).count();
    }

    public static long missingKpis(Collection<Handoff> handoffs) {
        return handoffs.stream().flatMap(h -> h.kpis().stream()).filter(k -> k.missing()).count();
    }

    public static long kpis(Collection<Handoff> handoffs) {
        return handoffs.stream().mapToLong(h -> h.kpis().size()).sum();
    }

    /** Revenue rows up to the report period whose recognition is not stated. */
    public static List<Revenue> recognitionGaps(Handoff handoff, ReportingPeriod period) {
        return handoff.revenue().stream()
                .filter(r -> !r.month().isAfter(period) && r.recognized() == null)
                .toList();
    }

    public static long recognitionGaps(Collection<Handoff> handoffs, ReportingPeriod period) {
        return handoffs.stream().mapToLong(h -> recognitionGaps(h, period).size()).sum();
    }

    public static List<Cost> uncategorizedExpenses(Handoff handoff) {
        return handoff.costs().stream().filter(c -> c.category() == CostCategory.UNCATEGORIZED).toList();
    }

    public static long uncategorizedExpenses(Collection<Handoff> handoffs) {
        return handoffs.stream().mapToLong(h -> uncategorizedExpenses(h).size()).sum();
    }

    /** Reach of every email channel, whatever its status; blank reach is 0. */
    public static long emailReach(Handoff handoff) {
        return handoff.channels().stream().filter(c -> c.type() == ChannelType.EMAIL)
                .mapToLong(c -> c.reach() == null ? 0 : c.reach()).sum();
    }

    /** Email reach × deal value min..max; an entity without deal values contributes nothing. */
    public static Range opportunity(Handoff handoff) {
        var economics = handoff.economics();
        if (economics.dealValueMin() == null || economics.dealValueMax() == null) {
            return Range.ZERO;
        }
        BigDecimal reach = BigDecimal.valueOf(emailReach(handoff));
        return new Range(reach, reach).times(economics.dealValueMin(), economics.dealValueMax());
    }

    public static Range opportunity(Collection<Handoff> handoffs) {
        return handoffs.stream().map(Figures::opportunity).reduce(Range.ZERO, Range::plus);
    }

    /** ceil(entity burn max ÷ unit_margin), when the entity has a positive margin. */
    public static Optional<Long> breakEvenUnits(Handoff handoff) {
        BigDecimal margin = handoff.economics().unitMargin();
        if (margin == null || margin.signum() <= 0) {
            return Optional.empty();
        }
        return ceilDivide(burn(List.of(handoff)).max(), margin);
    }

    /**
     * ceil(total burn max ÷ the largest positive unit_margin); ties go to the first entity id.
     * Empty when no entity has a positive margin.
     */
    public static Optional<BreakEven> portfolioBreakEven(Collection<Handoff> handoffs) {
        return portfolioBreakEven(handoffs, burn(handoffs).max());
    }

    /** As {@link #portfolioBreakEven(Collection)} over a given burn: the portfolio's external costs (SPEC §8.3). */
    public static Optional<BreakEven> portfolioBreakEven(Collection<Handoff> handoffs, BigDecimal burnMax) {
        return handoffs.stream()
                .filter(h -> h.economics().unitMargin() != null && h.economics().unitMargin().signum() > 0)
                .sorted(Comparator.comparing(Handoff::entity))
                .reduce((best, next) ->
                        next.economics().unitMargin().compareTo(best.economics().unitMargin()) > 0 ? next : best)
                .flatMap(h -> ceilDivide(burnMax, h.economics().unitMargin())
                        .map(units -> new BreakEven(units, h.economics().unit() == null ? "units" : h.economics().unit(),
                                h.entity(), h.economics().unitMargin())));
    }

    /** Revenue per month, summed over the handoffs; months without a revenue row are absent. */
    public static SortedMap<ReportingPeriod, BigDecimal> revenueByMonth(Collection<Handoff> handoffs) {
        SortedMap<ReportingPeriod, BigDecimal> months = new TreeMap<>();
        handoffs.forEach(h -> h.revenue().forEach(r -> months.merge(r.month(), r.amount(), BigDecimal::add)));
        return months;
    }

    /** Revenue targets per month, summed over the handoffs; months without a target are absent. */
    public static SortedMap<ReportingPeriod, BigDecimal> targetsByMonth(Collection<Handoff> handoffs) {
        SortedMap<ReportingPeriod, BigDecimal> months = new TreeMap<>();
        handoffs.forEach(h -> h.targets().forEach(t -> months.merge(t.month(), t.revenueTarget(), BigDecimal::add)));
        return months;
    }

    /** The most advanced status among the entity's channels of one type; empty when it has none. */
    public static Optional<ChannelStatus> channelStatus(Handoff handoff, ChannelType type) {
        return handoff.channels().stream().filter(c -> c.type() == type)
                .map(Channel::status).min(Comparator.naturalOrder());
    }

    public static long findings(Collection<Handoff> handoffs, Predicate<Finding> which) {
        return handoffs.stream().flatMap(h -> h.findings().stream()).filter(which).count();
    }

    /** A KPI's value as a whole percentage of its target; empty without a value or a positive target. */
    public static Optional<BigDecimal> percentOfTarget(Kpi kpi) {
        if (kpi.value() == null || kpi.target() == null || kpi.target().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(kpi.value().multiply(BigDecimal.valueOf(100)).divide(kpi.target(), 0, RoundingMode.HALF_UP));
    }

    /** ⌈amount ÷ by⌉, or empty when that is beyond any count of units (a margin of a fraction of a cent). */
    private static Optional<Long> ceilDivide(BigDecimal amount, BigDecimal by) {
        BigDecimal units = amount.divide(by, 0, RoundingMode.CEILING);
        return units.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Optional.empty()
                : Optional.of(units.longValueExact());
    }

    /** The three CFO rules of SPEC §2 and §7, one violation per entity, cost row or hire. */
    public static List<PolicyViolation> policyViolations(Collection<Handoff> handoffs, Policies policies) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (Handoff h : handoffs) {
            BigDecimal infra = infrastructureSpend(List.of(h)).max();
            if (infra.compareTo(policies.maxInfraSpendPerEntity()) > 0) {
                violations.add(new PolicyViolation(Policies.MAX_INFRA, h.entity(), "infrastructure up to "
                        + Format.money(infra) + "/month is over the " + Format.money(policies.maxInfraSpendPerEntity())
                        + " cap"));
            }
            if (policies.marketingRequiresAttribution()) {
                h.costs().stream()
                        .filter(c -> c.category() == CostCategory.MARKETING && c.monthlyMax().signum() > 0
                                && !c.attributed())
                        .forEach(c -> violations.add(new PolicyViolation(Policies.MARKETING_ATTRIBUTION, h.entity(),
                                "marketing cost '" + c.item() + "' (up to " + Format.money(c.monthlyMax())
                                        + "/month) has no attribution")));
            }
            h.hires().stream()
                    .filter(hire -> hire.revenueMapped() == null
                            || hire.revenueMapped().compareTo(policies.minRevenuePerHire()) < 0)
                    .forEach(hire -> violations.add(new PolicyViolation(Policies.MIN_REVENUE_PER_HIRE, h.entity(),
                            "hire '" + hire.role() + "' " + (hire.revenueMapped() == null ? "has no revenue mapped"
                                    : "maps " + Format.money(hire.revenueMapped()) + "/month, under the "
                                    + Format.money(policies.minRevenuePerHire()) + " minimum"))));
        }
        return violations;
    }
}
