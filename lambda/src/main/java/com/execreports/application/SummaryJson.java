package com.execreports.application;

import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.engine.render.Json;
import com.execreports.engine.render.ReportJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code summary.json} (SPEC §5). */
public final class SummaryJson {
    /** The run's summary in the archive, beside the reports. */
    public static final String FILE = "summary.json";

    private SummaryJson() {}

    public static byte[] write(RunSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", summary.period().toString());
        root.put("reports", summary.reports().stream().map(SummaryJson::outcome).toList());
        root.put("warnings", ReportJson.warnings(summary.warnings()));
        if (summary.previous() != null) {
            root.put("previous_period", previous(summary.previous()));
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
