package com.execreports.adapter.outbound;

import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.State;
import com.execreports.engine.render.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
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
        return Json.bytes(m);
    }

    /** The entry; {@link com.execreports.application.port.Ledger.BrokenEntryException} naming {@code where} when it does not parse. */
    public static Entry read(byte[] bytes, String where) throws IOException {
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            return new Entry(State.valueOf(n.path("state").asText().toUpperCase(Locale.ROOT)), text(n, "message_id"),
                    text(n, "provider_message_id"), text(n, "error"), text(n, "run_id"),
                    Instant.parse(n.path("updated").asText()));
        } catch (IOException | RuntimeException e) {
            throw new com.execreports.application.port.Ledger.BrokenEntryException(where);
        }
    }

    public static Entry read(byte[] bytes) throws IOException {
        return read(bytes, "a ledger entry");
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
