package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.application.port.ReportQueue.Job;
import com.execreports.domain.ReportingPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportJobJsonTest {
    @Test
    void writesTheDocumentedFormOnOneLine() {
        assertThat(ReportJobJson.write(new Job(ReportingPeriod.of(2026, 10), "rental-3028-51st", true, false)))
                .isEqualTo("{\"period\":\"2026-10\",\"reportId\":\"rental-3028-51st\",\"resend\":true,\"dryRun\":false}");
    }

    @Test
    void readsWhatItWrites() {
        Job job = new Job(ReportingPeriod.of(2026, 10), "cfo", false, true);

        assertThat(ReportJobJson.read(ReportJobJson.write(job))).isEqualTo(job);
    }

    @Test
    void flagsAreOptional() {
        assertThat(ReportJobJson.read("{\"period\": \"2026-10\", \"reportId\": \"cfo\"}"))
                .isEqualTo(new Job(ReportingPeriod.of(2026, 10), "cfo", false, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json                                            | job: not valid JSON",
            "''                                                  | job: expected a JSON object",
            "[1, 2]                                              | job: expected a JSON object",
            "{\"period\": \"2026-13\", \"reportId\": \"cfo\"}    | job: 'period' must be a month in YYYY-MM form",
            "{\"reportId\": \"cfo\"}                             | job: 'period' must be a month in YYYY-MM form",
            "{\"period\": \"2026-10\"}                           | job: 'reportId' must be a report id",
            "{\"period\": \"2026-10\", \"reportId\": \"../cfo\"} | job: 'reportId' must be a report id",
            "{\"period\": \"2026-10\", \"reportId\": 7}          | job: 'reportId' must be a report id",
            "{\"period\": \"2026-10\", \"reportId\": \"cfo\", \"dryRun\": \"yes\"} | job: 'dryRun' must be true or false",
            "{\"period\": \"2026-10\", \"reportId\": \"cfo\", \"only\": [\"x\"]}  | job: unknown field 'only'",
    })
    void refusesAnythingElseSayingWhatIsWrong(String body, String message) {
        assertThatThrownBy(() -> ReportJobJson.read(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
