package com.execreports.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.ReportingPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every JSON file of a run holds: a period as its YYYY-MM text, numbers as SPEC §7 writes them. */
class JsonTest {
    @Test
    void aPeriodIsWrittenAsItsText() {
        String json = new String(Json.bytes(Map.of("period", ReportingPeriod.of(2026, 10))), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\n  \"period\" : \"2026-10\"\n}\n");
    }

    @Test
    void wholeNumbersAreIntegers() {
        assertThat(Json.number(new BigDecimal("7000.00"))).hasToString("7000");
        assertThat(Json.number(new BigDecimal("2.50"))).hasToString("2.5");
    }
}
