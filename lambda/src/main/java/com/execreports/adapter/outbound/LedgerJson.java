package com.execreports.adapter.outbound;

import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.Event;
import com.execreports.application.port.Ledger.Ref;
import com.execreports.application.port.Ledger.State;
import com.execreports.engine.render.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one stored form of a ledger entry, shared by the S3 and the folder ledger. */
public final class LedgerJson {
    private LedgerJson() {}

    public static byte[] write(Entry entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", entry.state().name().toLowerCase(Locale.ROOT));
        m.put("message_id", entry.messageId());
        m.put("provider_message_id", entry.providerMessageId());
        m.put("error", entry.error());
        m.put("run_id", entry.runId());
        m.put("updated", entry.updated().toString());
        if (entry.recipients() != null) {
            m.put("recipients", entry.recipients());
        }
        if (!entry.events().isEmpty()) {
            m.put("events", entry.events().stream().map(LedgerJson::event).toList());
        }
        return Json.bytes(m);
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type());
        m.put("time", e.time().toString());
        m.put("recipient", e.recipient());
        m.put("recipient_key", e.recipientKey());
        m.put("detail", e.detail());
        return m;
    }

    /** The entry; {@link com.execreports.application.port.Ledger.BrokenEntryException} naming {@code where} when it does not parse. */
    public static Entry read(byte[] bytes, String where) throws IOException {
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            List<Event> events = new ArrayList<>();
            for (JsonNode e : n.path("events")) {
                events.add(new Event(text(e, "type"), Instant.parse(e.path("time").asText()), text(e, "recipient"),
                        text(e, "recipient_key"), text(e, "detail")));
            }
            JsonNode recipients = n.get("recipients");
            return new Entry(State.valueOf(n.path("state").asText().toUpperCase(Locale.ROOT)), text(n, "message_id"),
                    text(n, "provider_message_id"), text(n, "error"), text(n, "run_id"),
                    Instant.parse(n.path("updated").asText()),
                    recipients == null || recipients.isNull() ? null : recipients.asInt(), events);
        } catch (IOException | RuntimeException e) {
            throw new com.execreports.application.port.Ledger.BrokenEntryException(where);
        }
    }

    public static Entry read(byte[] bytes) throws IOException {
        return read(bytes, "a ledger entry");
    }

    /** The index record of a provider message id. */
    public static byte[] writeRef(Ref ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", ref.period());
        m.put("report", ref.reportId());
        return Json.bytes(m);
    }

    public static Ref readRef(byte[] bytes) throws IOException {
        JsonNode n = Json.mapper().readTree(bytes);
        return new Ref(n.path("period").asText(), n.path("report").asText());
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
