package com.execreports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.Handoff;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio.EntityState;
import com.execreports.engine.Portfolio.Status;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §1 and §7: which handoff describes an entity for a report period. */
class PortfolioTest {
    private static final ReportingPeriod OCTOBER = ReportingPeriod.of(2026, 10);

    @Test
    void theLatestPeriodNotAfterTheReportPeriodWins() {
        Portfolio portfolio = resolve(
                handoff("jada", "2026-08", "history/jada-2026-08.md"),
                handoff("jada", "2026-11", "jada-next.md"),
                handoff("jada", "2026-10", "jada.md"),
                handoff("jada", "2026-09", "history/jada-2026-09.md"));

        EntityState jada = portfolio.entity("jada").orElseThrow();
        assertThat(jada.handoff().file()).isEqualTo("jada.md");
        assertThat(jada.status()).isEqualTo(Status.CURRENT);
        assertThat(portfolio.warnings()).isEmpty();
    }

    @Test
    void anOlderWinnerIsUsedAndMarkedStale() {
        Portfolio portfolio = resolve(
                handoff("rental", "2026-07", "rental-july.md"),
                handoff("rental", "2026-09", "rental.md"));

        EntityState rental = portfolio.entity("rental").orElseThrow();
        assertThat(rental.handoff().file()).isEqualTo("rental.md");
        assertThat(rental.handoff().period()).isEqualTo(ReportingPeriod.of(2026, 9));
        assertThat(rental.status()).isEqualTo(Status.STALE);
    }

    @Test
    void aStaleWinnerIsNamedInAWarning() {
        Portfolio portfolio = resolve(handoff("rental", "2026-09", "rental.md"));

        assertThat(portfolio.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("rental.md");
            assertThat(w.message()).contains("rental");
        });
    }

    @Test
    void theSameEntityAndPeriodInTwoFilesWarnsNamingBothAndUsesThePathThatSortsFirst() {
        Portfolio portfolio = resolve(
                handoff("jada", "2026-10", "z-copies/jada.md"),
                handoff("jada", "2026-10", "a-current/jada.md"));

        assertThat(portfolio.entity("jada").orElseThrow().handoff().file()).isEqualTo("a-current/jada.md");
        assertThat(portfolio.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("z-copies/jada.md");
            assertThat(w.message()).contains("a-current/jada.md").contains("2026-10").contains("jada");
        });
    }

    @Test
    void aDuplicateOfAnOlderPeriodWarnsTooButTheNewestStillWins() {
        Portfolio portfolio = resolve(
                handoff("jada", "2026-09", "b.md"),
                handoff("jada", "2026-09", "a.md"),
                handoff("jada", "2026-10", "c.md"));

        assertThat(portfolio.entity("jada").orElseThrow().handoff().file()).isEqualTo("c.md");
        assertThat(portfolio.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("b.md");
            assertThat(w.message()).contains("a.md");
        });
    }

    @Test
    void anEntityWhoseHandoffsAreAllAfterThePeriodHasNoDataAndAWarning() {
        Portfolio portfolio = resolve(
                handoff("acme", "2026-12", "acme-december.md"),
                handoff("acme", "2026-11", "acme.md"));

        EntityState acme = portfolio.entity("acme").orElseThrow();
        assertThat(acme.status()).isEqualTo(Status.NO_DATA);
        assertThat(acme.handoff().entity()).isEqualTo("acme");
        assertThat(acme.handoff().period()).isEqualTo(OCTOBER);
        assertThat(acme.handoff().costs()).isEmpty();
        assertThat(portfolio.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("acme-december.md");
            assertThat(w.message()).contains("'acme'").contains("2026-10").contains("no data");
        });
    }

    @Test
    void entitiesAreResolvedIndependentlyAndListedById() {
        Portfolio portfolio = resolve(
                handoff("quickdumpnow", "2026-10", "quickdumpnow.md"),
                handoff("jada", "2026-09", "jada.md"),
                handoff("acme", "2026-11", "acme.md"));

        assertThat(portfolio.entityIds()).containsExactly("acme", "jada", "quickdumpnow");
        assertThat(portfolio.entity("acme").orElseThrow().status()).isEqualTo(Status.NO_DATA);
        assertThat(portfolio.entity("jada").orElseThrow().status()).isEqualTo(Status.STALE);
        assertThat(portfolio.entity("quickdumpnow").orElseThrow().status()).isEqualTo(Status.CURRENT);
        assertThat(portfolio.entity("nobody")).isEmpty();
        assertThat(portfolio.fileEntities()).containsEntry("jada.md", "jada").hasSize(3);
    }

    @Test
    void warningsFromReadingTheFilesComeFirst() {
        Warning earlier = Warning.at("broken.md", 3, "Costs: monthly_min is not a number; row left out");

        Portfolio portfolio = Portfolio.resolve(List.of(handoff("acme", "2026-11", "acme.md")), List.of(earlier),
                OCTOBER);

        assertThat(portfolio.warnings()).hasSize(2).first().isEqualTo(earlier);
    }

    private static Portfolio resolve(Handoff... handoffs) {
        return Portfolio.resolve(List.of(handoffs), List.of(), OCTOBER);
    }

    private static Handoff handoff(String entity, String period, String file) {
        return Handoff.empty(entity, entity + " (" + file + ")", ReportingPeriod.of(period), file);
    }
}
