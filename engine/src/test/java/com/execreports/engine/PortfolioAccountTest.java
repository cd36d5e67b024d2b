package com.execreports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.AccountObservations;
import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.AccountObservations.Resource;
import com.execreports.domain.Area;
import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Severity;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio.EntityState;
import java.math.BigDecimal;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * What the AWS account showed, merged into the portfolio: findings join their entity's handoff,
 * what belongs to no entity becomes the unassigned group, and only the CEO and CTO see that group.
 */
class PortfolioAccountTest {
    private static final ReportingPeriod OCTOBER = ReportingPeriod.of(2026, 10);
    private static final Finding KEY = new Finding(Severity.CRITICAL, Area.SECURITY, "key in env",
            Finding.Source.ACCOUNT);
    private static final Finding TABLE = new Finding(Severity.MEDIUM, Area.INFRASTRUCTURE, "no PITR",
            Finding.Source.ACCOUNT);
    private static final Finding SANDBOX = new Finding(Severity.HIGH, Area.ENGINEERING, "SES sandbox",
            Finding.Source.ACCOUNT);
    private static final Finding STRAY = new Finding(Severity.HIGH, Area.SECURITY, "stray function",
            Finding.Source.ACCOUNT);
    private static final Resource FUNCTION = new Resource("Lambda function", "jada-booking", "python3.8",
            Area.ENGINEERING);

    private final Portfolio portfolio = Portfolio.resolve(List.of(handoff("jada"), handoff("quickdumpnow")),
            List.of(), OCTOBER);

    private static AccountObservations observations(boolean costObserved) {
        return new AccountObservations("aws:us-east-1", "entity", Map.of(
                "jada", new Observed(List.of(KEY, TABLE), List.of(FUNCTION), new BigDecimal("12.50")),
                "gone", new Observed(List.of(STRAY), List.of(), new BigDecimal("3"))),
                new Observed(List.of(SANDBOX), List.of(), new BigDecimal("1.25")), costObserved,
                List.of(Warning.of("aws:us-east-1", "wafv2:ListWebACLs was denied")));
    }

    @Test
    void anEntitysFindingsJoinItsHandoffAfterItsOwnAndItsResourcesAndCostRideAlong() {
        Portfolio inspected = portfolio.withAccount(observations(true));

        EntityState jada = inspected.entity("jada").orElseThrow();
        assertThat(jada.handoff().findings()).containsExactly(handoffFinding("jada"), KEY, TABLE);
        assertThat(jada.account().findings()).isEmpty();
        assertThat(jada.account().resources()).containsExactly(FUNCTION);
        assertThat(jada.account().infraSpend()).isEqualByComparingTo("12.50");
        assertThat(inspected.inspected()).isTrue();
        assertThat(portfolio.inspected()).isFalse();
    }

    @Test
    void anEntityCostExplorerHadNothingOnCostNothingButOnlyWhenTheCostWasRead() {
        assertThat(portfolio.withAccount(observations(true)).entity("quickdumpnow").orElseThrow().account()
                .infraSpend()).isEqualByComparingTo("0");
        assertThat(portfolio.withAccount(observations(false)).entity("quickdumpnow").orElseThrow().account()
                .infraSpend()).isNull();
    }

    @Test
    void untaggedResourcesAndTagsNamingNoEntityBecomeTheUnassignedGroupWithAWarning() {
        Portfolio inspected = portfolio.withAccount(observations(true));

        EntityState unassigned = inspected.unassigned().orElseThrow();
        assertThat(unassigned.handoff().findings()).containsExactly(SANDBOX, STRAY);
        assertThat(unassigned.account().infraSpend()).isEqualByComparingTo("4.25");
        assertThat(inspected.entityIds()).containsExactly("jada", "quickdumpnow");
        assertThat(inspected.warnings()).extracting(Warning::message).containsExactly(
                "AWS resources tagged entity=gone belong to no entity with a handoff; the CEO and CTO reports list"
                        + " them as unassigned",
                "wafv2:ListWebACLs was denied");
    }

    @ParameterizedTest
    @EnumSource(Persona.class)
    void onlyTheCeoAndCtoSeeTheUnassignedGroupAndOnlyInTheirAreas(Persona persona) {
        Portfolio inspected = portfolio.withAccount(observations(true));
        List<String> scope = List.of("quickdumpnow");
        ScopedView view = ScopedView.of(inspected, new ReportDefinition("r", persona, "R", scope, false, "s", 1),
                Policies.DEFAULTS);

        assertThat(view.inspected()).isTrue();
        if (persona == Persona.CEO || persona == Persona.CTO) {
            assertThat(view.unassigned().orElseThrow().handoff().findings()).containsExactly(SANDBOX, STRAY);
        } else {
            assertThat(view.unassigned()).isEmpty();
            assertThat(view.handoffsAndUnassigned()).extracting(Handoff::entity).containsExactly("quickdumpnow");
        }
    }

    @Test
    void anInspectedEntityShowsItsResourcesOnlyToPersonasOfTheirArea() {
        Portfolio inspected = portfolio.withAccount(observations(true));
        ScopedView cfo = ScopedView.of(inspected,
                new ReportDefinition("cfo", Persona.CFO, "CFO", List.of("jada"), false, "s", 1), Policies.DEFAULTS);

        assertThat(cfo.entities().get(0).account().resources()).isEmpty();
        assertThat(cfo.entities().get(0).account().infraSpend()).isEqualByComparingTo("12.50");
        assertThat(cfo.entities().get(0).handoff().findings()).containsExactly(handoffFinding("jada"));
    }

    @Test
    void aWarningAboutNoHandoffOfTheScopeIsTheSummarysAloneAndBreaksNoReport() {
        // the AWS account's warnings, and a file whose front matter is unusable, name no entity
        Portfolio withStrayWarnings = Portfolio.resolve(List.of(handoff("jada")),
                List.of(Warning.of("broken.md", "no front matter; file skipped")), OCTOBER)
                .withAccount(observations(true));

        ScopedView view = ScopedView.of(withStrayWarnings,
                new ReportDefinition("cto", Persona.CTO, "CTO", List.of("jada"), false, "s", 1), Policies.DEFAULTS);

        assertThat(withStrayWarnings.warnings()).hasSize(3);
        assertThat(view.warnings()).isEmpty();
    }

    private static Handoff handoff(String entity) {
        return Handoff.empty(entity, entity, OCTOBER, entity + ".md").withFindings(List.of(handoffFinding(entity)));
    }

    private static Finding handoffFinding(String entity) {
        return new Finding(Severity.LOW, Area.FINANCE, "from the " + entity + " handoff");
    }
}
