package com.execreports.adapter.outbound.local;

import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import java.util.List;

/**
 * Delivery to files: the archived {@code <id>.eml} in the outbox is the delivered message, so
 * delivering is accepting it. Reports {@code sent} with the Message-ID (SPEC §7).
 */
public final class OutboxTransport implements Transport {
    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public List<Warning> preflight(String sender, int recipientCount) {
        return List.of();
    }

    @Override
    public String deliver(OutgoingMessage message) {
        return message.messageId();
    }
}
