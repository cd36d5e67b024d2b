package com.execreports.engine.report;

import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Items.Target;
import com.execreports.domain.Warning;
import com.execreports.engine.ScopedView;
import com.execreports.engine.ScopedView.EntityView;
import com.execreports.engine.report.Figures.Range;
import java.math.BigDecimal;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Money that tells the truth (SPEC §8.3): actuals apart from booked revenue, internal money
 * (paid between entities of the same report) out of every portfolio total, net result per entity
 * and for the portfolio, and revenue against target like for like. Pure.
 *
 * @param revenue external actual revenue of the entities' own periods
 * @param internalRevenue revenue paid by another entity of the scope; the same money as {@code internalCosts}
 * @param costs external monthly costs: the burn of SPEC §3 without internal costs
 * @param net revenue − costs as a range: min = revenue − Σ max, max = revenue − Σ min
 * @param booked external revenue rows after the report period: deposits and forward bookings
 * @param months like-for-like revenue against target, months up to the report period
 */
record Money(BigDecimal revenue, BigDecimal internalRevenue, Range costs, Range internalCosts, Range net,
             BigDecimal booked, List<EntityMoney> entities, List<Month> months) {

    /**
     * One entity's own money, internal rows kept (SPEC §8.3: per-entity figures keep them).
     *
     * @param month the month its actuals are from: its handoff's period, older when stale
     */
    record EntityMoney(EntityView entity, ReportingPeriod month, BigDecimal revenue, Range costs, Range net,
                       BigDecimal booked, BigDecimal internalRevenue, Range internalCosts) {}

    /** @param target {@code null} when no entity has a target that month */
    record Month(ReportingPeriod month, BigDecimal target, BigDecimal actual, BigDecimal untargeted) {}

    static Money of(ScopedView view) {
        Set<String> scope = Set.copyOf(view.entityIds());
        List<EntityMoney> entities = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal internalRevenue = BigDecimal.ZERO;
        BigDecimal booked = BigDecimal.ZERO;
        Range costs = Range.ZERO;
        Range internalCosts = Range.ZERO;
        for (EntityView e : view.entities()) {
            if (!e.hasData()) {
                continue;
            }
            EntityMoney m = entity(e, view.period(), scope);
            entities.add(m);
            revenue = revenue.add(m.revenue().subtract(m.internalRevenue()));
            internalRevenue = internalRevenue.add(m.internalRevenue());
            costs = costs.plus(minus(m.costs(), m.internalCosts()));
            internalCosts = internalCosts.plus(m.internalCosts());
            booked = booked.add(sum(e.handoff().revenue().stream()
                    .filter(r -> r.month().isAfter(view.period()) && !internal(r, scope)).toList()));
        }
        return new Money(revenue, internalRevenue, costs, internalCosts, net(revenue, costs), booked, entities,
                months(view, scope));
    }

    static EntityMoney entity(EntityView e, ReportingPeriod period, Set<String> scope) {
        Handoff h = e.handoff();
        ReportingPeriod month = h.period();
        List<Revenue> actual = h.revenue().stream().filter(r -> r.month().equals(month)).toList();
        BigDecimal revenue = sum(actual);
        BigDecimal internal = sum(actual.stream().filter(r -> internal(r, scope)).toList());
        Range costs = Figures.burn(List.of(h));
        Range internalCosts = Figures.costs(List.of(h), c -> internal(c, scope));
        BigDecimal booked = sum(h.revenue().stream().filter(r -> r.month().isAfter(period)).toList());
        return new EntityMoney(e, month, revenue, costs, net(revenue, costs), booked, internal, internalCosts);
    }

    /** External costs of the scope: the burn of SPEC §3 with internal costs left out. */
    static Range externalCosts(ScopedView view) {
        Set<String> scope = Set.copyOf(view.entityIds());
        return Figures.costs(view.handoffs(), c -> !internal(c, scope));
    }

    static boolean internal(Revenue r, Set<String> scope) {
        return r.from() != null && scope.contains(r.from());
    }

    static boolean internal(Cost c, Set<String> scope) {
        return c.to() != null && scope.contains(c.to());
    }

    /** Months up to the report period with a target or an actual, like for like (SPEC §8.3). */
    private static List<Month> months(ScopedView view, Set<String> scope) {
        TreeSet<ReportingPeriod> all = new TreeSet<>();
        for (Handoff h : view.handoffs()) {
            h.revenue().stream().filter(r -> !r.month().isAfter(view.period())).forEach(r -> all.add(r.month()));
            h.targets().stream().filter(t -> !t.month().isAfter(view.period())).forEach(t -> all.add(t.month()));
        }
        List<Month> months = new ArrayList<>();
        for (ReportingPeriod month : all) {
            BigDecimal target = null;
            BigDecimal actual = BigDecimal.ZERO;
            BigDecimal untargeted = BigDecimal.ZERO;
            for (Handoff h : view.handoffs()) {
                BigDecimal own = sum(h.revenue().stream()
                        .filter(r -> r.month().equals(month) && !internal(r, scope)).toList());
                BigDecimal t = h.targets().stream().filter(x -> x.month().equals(month))
                        .map(Target::revenueTarget).reduce(BigDecimal::add).orElse(null);
                if (t != null) {
                    target = target == null ? t : target.add(t);
                    actual = actual.add(own);
                } else {
                    untargeted = untargeted.add(own);
                }
            }
            months.add(new Month(month, target, actual, untargeted));
        }
        return months;
    }

    /**
     * The sanity checks of SPEC §8.3 as warnings on the file and line of the row that is off: a
     * unit margin above the price (when {@code margins}), a deal value above 3 × the price (when {@code deals}).
     */
    static List<Warning> sanity(ScopedView view, boolean margins, boolean deals) {
        List<Warning> warnings = new ArrayList<>();
        for (Handoff h : view.handoffs()) {
            var ec = h.economics();
            if (ec.price() == null) {
                continue;
            }
            if (margins && marginAbovePrice(h)) {
                warnings.add(Warning.at(h.file(), ec.marginLine(), "Economics: unit_margin is above price; "
                        + "the break-even built on it is marked 'check margin'"));
            }
            if (deals && ec.dealValueMin() != null
                    && ec.dealValueMin().compareTo(ec.price().multiply(BigDecimal.valueOf(3))) > 0) {
                warnings.add(Warning.at(h.file(), ec.dealValueMinLine(), "Economics: deal_value_min is more than 3 × "
                        + "price; the opportunity range is a ceiling, compare it with reach × price"));
            }
        }
        return warnings;
    }

    static boolean marginAbovePrice(Handoff h) {
        var ec = h.economics();
        return ec.price() != null && ec.unitMargin() != null && ec.unitMargin().compareTo(ec.price()) > 0;
    }

    private static Range net(BigDecimal revenue, Range costs) {
        return new Range(revenue.subtract(costs.max()), revenue.subtract(costs.min()));
    }

    private static Range minus(Range a, Range b) {
        return new Range(a.min().subtract(b.min()), a.max().subtract(b.max()));
    }

    private static BigDecimal sum(List<Revenue> rows) {
        return rows.stream().map(Revenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
