package com.execreports.application.port;

import com.execreports.domain.Warning;
import java.util.List;

/** Delivers composed messages: to files (outbox) or through SES. */
public interface Transport {
    /** A delivery that did not happen; the message is safe to show (it holds no secret). */
    class DeliveryException extends Exception {
        private final boolean inDoubt;

        public DeliveryException(String message, boolean inDoubt, Throwable cause) {
            super(message, cause);
            this.inDoubt = inDoubt;
        }

        /** True when the message may have been sent (e.g. a timeout after the request went out). */
        public boolean inDoubt() {
            return inDoubt;
        }
    }

    /** {@code outbox} or {@code ses}. */
    String name();

    /**
     * Checks made before the first message goes out (sender verified, quota left). Throws
     * {@link com.execreports.domain.ConfigurationException} to stop the run with nothing sent;
     * returns warnings for conditions that do not stop it.
     *
     * @param recipientCount every envelope recipient of every message the run will send, added
     *                       up: SES counts its quota in recipients, not in messages
     */
    List<Warning> preflight(String sender, int recipientCount);

    /** Delivers one message and returns the provider's message id (the Message-ID for files). */
    String deliver(OutgoingMessage message) throws DeliveryException;
}
