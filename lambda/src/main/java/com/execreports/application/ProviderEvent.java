package com.execreports.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One delivery event of the mail provider (SES), in the terms the ledger needs.
 *
 * @param providerMessageId the id the provider gave the message when it was sent
 * @param recipients the addresses the event is about; empty when it is about the whole message
 * @param detail the provider's short reason: {@code Permanent/General}, {@code abuse}, {@code Bad content}…
 * @param alarming whether nobody will fix it by waiting: a permanent bounce, a complaint, a rejection
 */
public record ProviderEvent(Kind kind, String providerMessageId, Instant time, List<String> recipients, String detail,
                            boolean alarming) {
    public enum Kind {
        DELIVERY("delivery"), BOUNCE("bounce"), COMPLAINT("complaint"), REJECT("reject"),
        RENDERING_FAILURE("rendering_failure"), DELIVERY_DELAY("delivery_delay");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name stored in the ledger. */
        public String label() {
            return label;
        }
    }

    public ProviderEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(time, "time");
        recipients = List.copyOf(recipients);
    }
}
