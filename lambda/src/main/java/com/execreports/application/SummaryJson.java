package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.domain.Warning;
import com.execreports.engine.render.Json;
import com.execreports.engine.render.ReportJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code summary.json} (SPEC §5). */
public final class SummaryJson {
    /** The run's summary in the archive, beside the reports. */
    public static final String FILE = com.execreports.domain.ReportFiles.SUMMARY;

    private SummaryJson() {}

    public static byte[] write(RunSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", summary.period().toString());
        if (summary.asOf() != null) {
            root.put("as_of", summary.asOf().toString());
        }
        root.put("reports", summary.reports().stream().map(SummaryJson::outcome).toList());
        root.put("warnings", ReportJson.warnings(summary.warnings()));
        if (summary.previous() != null) {
            root.put("last_month_delivery", previous(summary.previous()));
        }
        return Json.bytes(root);
    }

    /** How the month before fared, from the ledger: counts, the report ids behind each bad outcome, and the line. */
    private static Map<String, Object> previous(PeriodReview p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p.period().toString());
        m.put("sent", p.sent());
        m.put("delivered", p.reported() ? p.delivered() : null);
        m.put("bounced", p.bounced());
        m.put("complained", p.complained());
        m.put("rejected", p.rejected());
        m.put("failed", p.failed());
        m.put("in_doubt", p.inDoubt());
        m.put("text", p.line());
        return m;
    }

    /**
     * Reads back what {@link #write} wrote (the {@code preview} command reads a run this way). An
     * unknown status reads as {@code SKIPPED}: a preview shows it, it never decides anything.
     *
     * @throws IOException when the bytes are not JSON
     */
    public static RunSummary read(byte[] json) throws IOException {
        JsonNode root = Json.mapper().readTree(json);
        List<ReportOutcome> outcomes = new ArrayList<>();
        for (JsonNode r : root.path("reports")) {
            outcomes.add(new ReportOutcome(r.path("id").asText(), strings(r.path("to")), strings(r.path("cc")),
                    strings(r.path("bcc")), status(r.path("status").asText()), text(r, "message_id"),
                    text(r, "provider_message_id"), text(r, "error")));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : root.path("warnings")) {
            warnings.add(new Warning(w.path("file").asText(), w.path("line").isInt() ? w.path("line").asInt() : null,
                    w.path("message").asText()));
        }
        try {
            java.time.LocalDate asOf = root.hasNonNull("as_of") ? java.time.LocalDate.parse(root.get("as_of").asText())
                    : null;
            return new RunSummary(period(root.path("period").asText()), outcomes, warnings, asOf);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(FILE + ": period is not YYYY-MM", e);
        }
    }

    private static ReportingPeriod period(String text) throws IOException {
        return ReportingPeriod.parse(text).orElseThrow(() -> new IOException(FILE + ": period is not YYYY-MM"));
    }

    private static Status status(String name) {
        for (Status s : Status.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return s;
            }
        }
        return Status.SKIPPED;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(a -> list.add(a.asText()));
        return list;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, Object> outcome(ReportOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("to", o.to());
        m.put("cc", o.cc());
        m.put("bcc", o.bcc());
        m.put("status", o.status().name().toLowerCase(Locale.ROOT));
        m.put("message_id", o.messageId());
        m.put("provider_message_id", o.providerMessageId());
        m.put("error", o.error());
        return m;
    }
}
