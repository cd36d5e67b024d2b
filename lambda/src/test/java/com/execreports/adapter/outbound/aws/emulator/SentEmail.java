package com.execreports.adapter.outbound.aws.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One message as the emulator received it.
 *
 * @param destinations the envelope recipients as recorded; moto adds the To header's addresses
 *                     again, so compare {@link #recipients()}; empty when the emulator keeps none
 * @param raw the raw message bytes exactly as sent
 */
public record SentEmail(String id, String source, List<String> destinations, byte[] raw) {
    public SentEmail {
        destinations = List.copyOf(destinations);
    }

    /** The distinct envelope recipients. */
    public Set<String> recipients() {
        return new LinkedHashSet<>(destinations);
    }

    public String rawText() {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
