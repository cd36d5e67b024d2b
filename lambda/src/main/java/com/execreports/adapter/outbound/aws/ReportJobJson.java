package com.execreports.adapter.outbound.aws;

import com.execreports.domain.ReportingPeriod;
import com.execreports.application.port.ReportQueue.Job;
import com.execreports.engine.render.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one form of a queued job, {@code {"period", "reportId", "resend", "dryRun"}}: written by the
 * dispatcher's queue, read by the worker. Anything else is refused with a message naming what is
 * wrong, and the worker leaves such a message to the dead-letter queue.
 */
public final class ReportJobJson {
    private static final Set<String> FIELDS = Set.of("period", "reportId", "resend", "dryRun", "asOf");
    private static final Pattern REPORT_ID = Pattern.compile("[a-z0-9-]+");

    private ReportJobJson() {}

    public static String write(Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", job.period().toString());
        m.put("reportId", job.reportId());
        m.put("resend", job.resend());
        m.put("dryRun", job.dryRun());
        if (job.asOf() != null) {
            m.put("asOf", job.asOf().toString());
        }
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a job", e);
        }
    }

    /** @throws IllegalArgumentException when the body is not a job */
    public static Job read(String body) {
        JsonNode n;
        try {
            n = Json.mapper().readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("job: not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("job: expected a JSON object {\"period\", \"reportId\", \"resend\","
                    + " \"dryRun\"}");
        }
        n.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("job: unknown field '" + name + "'");
            }
        });
        ReportingPeriod period = ReportingPeriod.parse(n.path("period").isTextual() ? n.path("period").asText() : null)
                .orElseThrow(() -> new IllegalArgumentException("job: 'period' must be a month in YYYY-MM form"));
        String reportId = n.path("reportId").asText("");
        if (!n.path("reportId").isTextual() || !REPORT_ID.matcher(reportId).matches()) {
            throw new IllegalArgumentException("job: 'reportId' must be a report id ([a-z0-9-]+)");
        }
        java.time.LocalDate asOf = null;
        if (n.hasNonNull("asOf")) {
            try {
                asOf = java.time.LocalDate.parse(n.get("asOf").asText());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("job: 'asOf' must be a date in YYYY-MM-DD form");
            }
        }
        return new Job(period, reportId, flag(n, "resend"), flag(n, "dryRun"), asOf);
    }

    private static boolean flag(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("job: '" + field + "' must be true or false");
        }
        return v.booleanValue();
    }
}
