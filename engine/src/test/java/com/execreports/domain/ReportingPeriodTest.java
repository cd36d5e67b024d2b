package com.execreports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The period's written form is the contract (SPEC §1, §5): files, paths, JSON and subjects use it. */
class ReportingPeriodTest {
    @Test
    void readsAndWritesOnlyYyyyMm() {
        assertThat(ReportingPeriod.parse("2026-10")).contains(ReportingPeriod.of(2026, 10));
        assertThat(ReportingPeriod.of(2026, 1).toString()).isEqualTo("2026-01");
        assertThat(ReportingPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-1")).isEmpty();
        assertThat(ReportingPeriod.parse(" 2026-10")).isEmpty();
        assertThat(ReportingPeriod.parse(null)).isEmpty();
        assertThatThrownBy(() -> ReportingPeriod.of("Oct 2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Oct 2026' is not a month in YYYY-MM form");
    }

    @Test
    void theDefaultIsTheMonthBeforeTheClocksInUtc() {
        // 00:30 on 1 November in UTC is still October in Los Angeles: UTC decides
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T00:30:00Z"), ZoneId.of("America/Los_Angeles"));

        assertThat(ReportingPeriod.before(clock)).isEqualTo(ReportingPeriod.of(2026, 10));
        assertThat(ReportingPeriod.before(Instant.parse("2026-01-15T12:00:00Z"))).isEqualTo(ReportingPeriod.of(2025, 12));
    }

    @Test
    void stepsAndDaysCrossTheYear() {
        ReportingPeriod december = ReportingPeriod.of(2026, 12);

        assertThat(december.next()).isEqualTo(ReportingPeriod.of(2027, 1));
        assertThat(december.next().previous()).isEqualTo(december);
        assertThat(december.minusMonths(12)).isEqualTo(ReportingPeriod.of(2025, 12));
        assertThat(ReportingPeriod.of(2028, 2).lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(december.firstDay()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(december.isAfter(ReportingPeriod.of(2026, 11))).isTrue();
        assertThat(december.compareTo(december.next())).isNegative();
    }
}
