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
        if (summary.asOf() != null) {
            root.put("as_of", summary.asOf().toString());
        }
        root.put("reports", summary.reports().stream().map(SummaryJson::outcome).toList());
        root.put("warnings", ReportJson.warnings(summary.warnings()));
        return Json.bytes(root);
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
