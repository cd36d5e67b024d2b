package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.execreports.application.RunRequest;
import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import com.execreports.domain.ReportingPeriod;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvocationEventTest {
    static final String SCHEDULED = "com/execreports/adapter/inbound/lambda/ReportsHandlerIT/scheduled-event.json";
    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-15T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void aScheduledEventReportsOnTheMonthBeforeItsTime() throws IOException {
        ScheduledEvent event = EventLoader.loadScheduledEvent(SCHEDULED);
        assertThat(event.getSource()).isEqualTo("aws.events");
        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");

        assertThat(parse(resource(SCHEDULED))).isEqualTo(new RunRequest(ReportingPeriod.of(2026, 10), List.of(), false));
    }

    @Test
    void theMonthBeforeJanuaryIsLastDecember() {
        String event = "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"time\":\"2027-01-01T00:00:00Z\"}";

        assertThat(parse(event).period()).isEqualTo(ReportingPeriod.of(2026, 12));
    }

    @Test
    void aManualEventSaysWhatToRun() {
        RunRequest request = parse("{\"period\": \"2026-10\", \"only\": [\"cfo\"], \"dryRun\": true}");

        assertThat(request).isEqualTo(new RunRequest(ReportingPeriod.of(2026, 10), List.of("cfo"), true, List.of(),
                java.time.LocalDate.of(2027, 1, 15)));
    }

    @Test
    void everyManualFieldIsOptional() {
        // no asOf: today, UTC (SPEC §8.2)
        RunRequest defaults = new RunRequest(ReportingPeriod.of(2026, 12), List.of(), false, List.of(),
                java.time.LocalDate.of(2027, 1, 15));

        assertThat(parse("{}")).isEqualTo(defaults);
        assertThat(parse("")).isEqualTo(defaults);
        assertThat(parse("null")).isEqualTo(defaults);
        assertThat(parse("{\"period\": null, \"only\": null}")).isEqualTo(defaults);
        assertThat(parse("{\"dryRun\": true}")).isEqualTo(new RunRequest(ReportingPeriod.of(2026, 12), List.of(), true,
                List.of(), java.time.LocalDate.of(2027, 1, 15)));
    }

    @Test
    void idsMayBeOneCommaSeparatedStringAndResendIsAccepted() {
        RunRequest request = parse("{\"only\": \"cfo, ceo\", \"resend\": [\"cfo\"]}");

        assertThat(request.only()).containsExactly("cfo", "ceo");
        assertThat(request.resend()).containsExactly("cfo");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertThatThrownBy(() -> parse("{\"period\": \"2026-10\", \"dry_run\": true}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invocation event: unknown field 'dry_run'; a manual event has asOf, dryRun, only, period,"
                        + " resend (all optional)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"period\": \"2026-13\"}", "{\"period\": \"2026-1\"}", "{\"period\": 202610}",
            "{\"dryRun\": \"true\"}", "{\"only\": 5}", "{\"only\": [\"\"]}", "[\"cfo\"]", "{not json",
            "{\"source\": \"aws.s3\", \"detail-type\": \"Object Created\"}",
            "{\"source\": \"aws.events\", \"detail-type\": \"Scheduled Event\", \"time\": \"yesterday\"}"})
    void malformedEventsAreConfigurationErrors(String event) {
        assertThatThrownBy(() -> parse(event)).isInstanceOf(ConfigurationException.class)
                .hasMessageMatching("(invocation|scheduled) event: .*");
    }

    private static RunRequest parse(String json) {
        return InvocationEvent.parse(json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    static String resource(String path) throws IOException {
        try (InputStream in = InvocationEventTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
