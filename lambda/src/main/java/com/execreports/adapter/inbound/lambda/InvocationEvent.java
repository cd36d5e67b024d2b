package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.execreports.application.RunRequest;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.joda.time.DateTime;
import org.joda.time.format.ISODateTimeFormat;
import com.execreports.domain.ConfigurationException;
import com.execreports.domain.ReportingPeriod;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What an invocation asks for (SPEC §6): an EventBridge scheduled event reports on the month
 * before the event's time (UTC); a hand-made event {@code {"period", "only", "dryRun", "resend"}},
 * every field optional, on its period or the month before now. Anything else is refused.
 */
final class InvocationEvent {
    static final Set<String> MANUAL_FIELDS = Set.of("period", "only", "dryRun", "resend", "asOf");
    private static final ObjectMapper JSON = new ObjectMapper();

    private InvocationEvent() {}

    static RunRequest parse(byte[] payload, Clock clock) {
        JsonNode event = read(payload);
        if (event.has("source") || event.has("detail-type")) {
            return scheduled(event);
        }
        return manual(event, clock);
    }

    private static JsonNode read(byte[] payload) {
        if (new String(payload, StandardCharsets.UTF_8).isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode event = JSON.readTree(payload);
            if (event == null || event.isNull()) {
                return JSON.createObjectNode();
            }
            if (!event.isObject()) {
                throw new ConfigurationException("invocation event: expected a JSON object, such as "
                        + "{\"period\": \"2026-10\", \"only\": [\"cfo\"], \"dryRun\": true}");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("invocation event: not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunRequest scheduled(JsonNode event) {
        String source = event.path("source").asText();
        String type = event.path("detail-type").asText();
        if (!source.equals("aws.events") || !type.equals("Scheduled Event")) {
            throw new ConfigurationException("invocation event: source '" + source + "', detail-type '" + type
                    + "' is not an EventBridge Scheduled Event, and a manual event has only "
                    + String.join(", ", sorted(MANUAL_FIELDS)));
        }
        ScheduledEvent scheduled = scheduledEvent(event);
        if (scheduled.getTime() == null) {
            throw new ConfigurationException("scheduled event: 'time' is not an ISO-8601 instant");
        }
        Instant time = Instant.ofEpochMilli(scheduled.getTime().getMillis());
        // the as-of date of a scheduled run is the event's own date (SPEC §8.2)
        return new RunRequest(ReportingPeriod.before(time), List.of(), false, List.of(),
                time.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * The event as aws-lambda-java-events' {@link ScheduledEvent}: its {@code detail-type} key and its
     * Joda-Time {@code time} need a word to Jackson (the Lambda runtime's own serializer says the same).
     */
    static ScheduledEvent scheduledEvent(JsonNode event) {
        try {
            return SCHEDULED.treeToValue(event, ScheduledEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ConfigurationException("scheduled event: 'time' is not an ISO-8601 instant");
        }
    }

    private abstract static class ScheduledEventNames {
        @JsonProperty("detail-type")
        abstract String getDetailType();

        @JsonProperty("detail-type")
        abstract void setDetailType(String type);
    }

    private static final ObjectMapper SCHEDULED = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(ScheduledEvent.class, ScheduledEventNames.class)
            .addModule(new SimpleModule().addDeserializer(DateTime.class, new StdDeserializer<>(DateTime.class) {
                @Override
                public DateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return DateTime.parse(p.getValueAsString(), ISODateTimeFormat.dateTimeParser().withOffsetParsed());
                }
            }))
            .build();

    private static RunRequest manual(JsonNode event, Clock clock) {
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MANUAL_FIELDS.contains(name)) {
                throw new ConfigurationException("invocation event: unknown field '" + name + "'; a manual event has "
                        + String.join(", ", sorted(MANUAL_FIELDS)) + " (all optional)");
            }
        }
        ReportingPeriod period = present(event, "period") ? period(event.get("period"))
                : ReportingPeriod.before(clock);
        java.time.LocalDate asOf = present(event, "asOf") ? asOf(event.get("asOf"))
                : java.time.LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new RunRequest(period, ids(event, "only"), dryRun(event), ids(event, "resend"), asOf);
    }

    private static java.time.LocalDate asOf(JsonNode node) {
        try {
            if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return java.time.LocalDate.parse(node.asText());
            }
        } catch (DateTimeParseException e) {
            // the same message as any other bad date
        }
        throw new ConfigurationException("invocation event: 'asOf' must be a date in YYYY-MM-DD form, such as"
                + " \"2026-11-01\"");
    }

    private static ReportingPeriod period(JsonNode node) {
        return ReportingPeriod.parse(node.isTextual() ? node.asText() : null).orElseThrow(() -> new ConfigurationException(
                "invocation event: 'period' must be a month in YYYY-MM form, such as \"2026-10\""));
    }

    private static boolean dryRun(JsonNode event) {
        if (!present(event, "dryRun")) {
            return false;
        }
        if (!event.get("dryRun").isBoolean()) {
            throw new ConfigurationException("invocation event: 'dryRun' must be true or false");
        }
        return event.get("dryRun").booleanValue();
    }

    /** A list of report ids, or one string of comma-separated ids as on the command line. */
    private static List<String> ids(JsonNode event, String field) {
        if (!present(event, field)) {
            return List.of();
        }
        JsonNode node = event.get(field);
        List<String> ids = new ArrayList<>();
        if (node.isTextual()) {
            Arrays.stream(node.asText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        } else if (node.isArray()) {
            for (JsonNode id : node) {
                if (!id.isTextual() || id.asText().isBlank()) {
                    throw new ConfigurationException("invocation event: '" + field + "' must list report ids");
                }
                ids.add(id.asText().strip());
            }
        } else {
            throw new ConfigurationException("invocation event: '" + field + "' must list report ids, such as"
                    + " [\"cfo\", \"ceo\"]");
        }
        return ids;
    }

    private static boolean present(JsonNode event, String field) {
        return event.has(field) && !event.get(field).isNull();
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
