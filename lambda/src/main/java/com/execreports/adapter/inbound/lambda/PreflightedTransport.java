package com.execreports.adapter.inbound.lambda;

import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import java.util.List;

/**
 * A worker's transport: the dispatcher checked the sender and the quota once for the whole run, so
 * a worker does not ask SES again for each report (two more SES calls per report, against an
 * account-wide rate). A sender unverified since then fails at the send, and the job is retried.
 */
record PreflightedTransport(Transport transport) implements Transport {
    @Override
    public String name() {
        return transport.name();
    }

    @Override
    public List<Warning> preflight(String sender, int messageCount) {
        return List.of();
    }

    @Override
    public String deliver(OutgoingMessage message) throws DeliveryException {
        return transport.deliver(message);
    }
}
