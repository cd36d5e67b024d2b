package com.execreports.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.Area;
import com.execreports.domain.ChannelStatus;
import com.execreports.domain.ChannelType;
import com.execreports.domain.CostCategory;
import com.execreports.domain.EntityKind;
import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Channel;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Economics;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Hire;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Policies;
import com.execreports.domain.Severity;
import java.math.BigDecimal;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each figure of SPEC §3 and §7 on small hand-made handoffs. */
class FiguresTest {
    static final ReportingPeriod OCT = ReportingPeriod.of(2026, 10);

    static BigDecimal d(long v) {
        return BigDecimal.valueOf(v);
    }

    /** A test-data builder: an empty handoff to add rows to. */
    static final class H {
        String id = "e";
        List<Cost> costs = List.of();
        List<Kpi> kpis = List.of();
        List<Revenue> revenue = List.of();
        List<Channel> channels = List.of();
        List<Hire> hires = List.of();
        List<Finding> findings = List.of();
        Economics economics = Economics.NONE;

        H id(String id) { this.id = id; return this; }
        H costs(Cost... c) { costs = List.of(c); return this; }
        H kpis(Kpi... k) { kpis = List.of(k); return this; }
        H revenue(Revenue... r) { revenue = List.of(r); return this; }
        H channels(Channel... c) { channels = List.of(c); return this; }
        H hires(Hire... h) { hires = List.of(h); return this; }
        H findings(Finding... f) { findings = List.of(f); return this; }
        H economics(String unit, Long margin, Long dealMin, Long dealMax) {
            economics = new Economics(unit, margin == null ? null : d(margin), dealMin == null ? null : d(dealMin),
                    dealMax == null ? null : d(dealMax));
            return this;
        }

        Handoff build() {
            return new Handoff(new Handoff.About(id, id.toUpperCase(), EntityKind.OTHER, OCT, null, id + ".md"),
                    new Handoff.Tables(List.of(), kpis, costs, revenue, List.of(), channels, economics, hires, findings,
                            List.of(), List.of()));
        }
    }

    static Cost cost(CostCategory category, long min, long max) {
        return new Cost("c", category, d(min), d(max), true);
    }

    @Test
    void burnIsTheSumOfAllCostRangesAndIgnoresHires() {
        Handoff a = new H().costs(cost(CostCategory.PAYROLL, 1000, 1500), cost(CostCategory.INFRASTRUCTURE, 10, 20))
                .hires(new Hire("crew", d(3000), d(9000))).build();
        Handoff b = new H().id("b").costs(cost(CostCategory.UNCATEGORIZED, 5, 5)).build();
        assertThat(Figures.burn(List.of(a, b))).isEqualTo(new Figures.Range(d(1015), d(1525)));
        assertThat(Figures.infrastructureSpend(List.of(a, b))).isEqualTo(new Figures.Range(d(10), d(20)));
    }

    @Test
    void missingKpisCountUntrackedOrBlankValuesOnce() {
        Handoff h = new H().kpis(new Kpi("a", null, null, null, true), new Kpi("b", d(1), null, null, false),
                new Kpi("c", null, null, null, false), new Kpi("d", d(2), d(3), null, true)).build();
        assertThat(Figures.missingKpis(List.of(h))).isEqualTo(3);
    }

    @Test
    void criticalShortfallsCountOnlyCriticalFindings() {
        Handoff h = new H().findings(new Finding(Severity.CRITICAL, Area.SECURITY, "x"),
                new Finding(Severity.HIGH, Area.SECURITY, "y"), new Finding(Severity.CRITICAL, Area.FINANCE, "z")).build();
        assertThat(Figures.criticalShortfalls(List.of(h))).isEqualTo(2);
    }

    @Test
    void recognitionGapsAreBlankRecognitionUpToThePeriod() {
        Handoff h = new H().revenue(new Revenue(OCT, d(1), null), new Revenue(OCT.minusMonths(1), d(1), "on charter date"),
                new Revenue(OCT.plusMonths(1), d(1), null)).build();
        assertThat(Figures.recognitionGaps(List.of(h), OCT)).isEqualTo(1);
    }

    @Test
    void opportunityCountsEveryEmailChannelWhateverItsStatusAndBlankReachAsZero() {
        Handoff h = new H().channels(new Channel("list", ChannelType.EMAIL, ChannelStatus.INACTIVE, 100L, null),
                new Channel("news", ChannelType.EMAIL, ChannelStatus.ACTIVE, null, null),
                new Channel("ig", ChannelType.SOCIAL, ChannelStatus.ACTIVE, 5000L, null))
                .economics(null, null, 10L, 50L).build();
        Handoff noDeals = new H().id("b").channels(new Channel("list", ChannelType.EMAIL, ChannelStatus.ACTIVE, 7L, null))
                .build();
        assertThat(Figures.opportunity(List.of(h, noDeals))).isEqualTo(new Figures.Range(d(1000), d(5000)));
    }

    @Test
    void breakEvenRoundsUpAndThePortfolioUsesTheLargestMarginFirstIdOnATie() {
        Handoff a = new H().id("b-entity").costs(cost(CostCategory.OTHER, 100, 1000)).economics("charter", 300L, null, null).build();
        Handoff b = new H().id("a-entity").costs(cost(CostCategory.OTHER, 100, 1001)).economics("haul", 300L, null, null).build();
        Handoff none = new H().id("c").costs(cost(CostCategory.OTHER, 1, 1)).economics(null, 0L, null, null).build();
        assertThat(Figures.breakEvenUnits(a)).contains(4L);
        assertThat(Figures.breakEvenUnits(none)).isEmpty();
        Figures.BreakEven portfolio = Figures.portfolioBreakEven(List.of(a, b, none)).orElseThrow();
        assertThat(portfolio.units()).isEqualTo(7); // ceil(2002 / 300)
        assertThat(portfolio.entity()).isEqualTo("a-entity");
        assertThat(portfolio.unit()).isEqualTo("haul");
        assertThat(Figures.portfolioBreakEven(List.of(none))).isEmpty();
    }

    @Test
    void policyViolationsNameRuleEntityAndCause() {
        Handoff over = new H().id("over").costs(cost(CostCategory.INFRASTRUCTURE, 50, 101),
                        new Cost("ads", CostCategory.MARKETING, d(0), d(10), false),
                        new Cost("free", CostCategory.MARKETING, d(0), d(0), false))
                .hires(new Hire("blank", d(1), null), new Hire("low", d(1), d(4999)), new Hire("ok", d(1), d(5000)))
                .build();
        Handoff atCap = new H().id("cap").costs(cost(CostCategory.INFRASTRUCTURE, 100, 100)).build();
        List<Figures.PolicyViolation> violations = Figures.policyViolations(List.of(over, atCap), Policies.DEFAULTS);
        assertThat(violations).extracting(Figures.PolicyViolation::rule).containsExactly(
                Policies.MAX_INFRA, Policies.MARKETING_ATTRIBUTION, Policies.MIN_REVENUE_PER_HIRE,
                Policies.MIN_REVENUE_PER_HIRE);
        assertThat(violations).allMatch(v -> v.entity().equals("over"));
        assertThat(violations.get(1).detail()).contains("'ads'");
        assertThat(Figures.policyViolations(List.of(over),
                new Policies(d(1000), false, d(0)))).extracting(Figures.PolicyViolation::rule)
                .containsExactly(Policies.MIN_REVENUE_PER_HIRE);
    }
}
