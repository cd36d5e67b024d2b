package com.execreports.application.port;

import java.util.List;
import java.util.Objects;

/**
 * One composed report email.
 *
 * @param mime the complete RFC 5322 message as archived, Bcc header included (audit copy)
 * @param mimeWithoutBcc the same bytes less the Bcc header: what a transport sends
 * @param messageId the Message-ID header value, angle brackets included
 */
public record OutgoingMessage(String reportId, String from, List<String> to, List<String> cc, List<String> bcc,
                              String subject, String messageId, byte[] mime, byte[] mimeWithoutBcc) {
    public OutgoingMessage {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        Objects.requireNonNull(mime, "mime");
        Objects.requireNonNull(mimeWithoutBcc, "mimeWithoutBcc");
    }

    /** Every envelope recipient: To, Cc and Bcc. */
    public List<String> allRecipients() {
        return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream).toList();
    }
}
