package com.execreports.adapter.outbound.aws;

import com.execreports.application.port.OutgoingMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Small hand-built messages for transport tests; the composer's own output is tested elsewhere. */
final class SampleMessages {
    private SampleMessages() {}

    static OutgoingMessage message(String id, String from, List<String> to, List<String> cc, List<String> bcc) {
        return build(id, from, to, cc, bcc, "Figures for 2026-10.\r\n");
    }

    static OutgoingMessage withBody(String id, String from, String body) {
        return build(id, from, List.of(id + "@example.com"), List.of(), List.of(), body);
    }

    private static OutgoingMessage build(String id, String from, List<String> to, List<String> cc, List<String> bcc,
                                         String body) {
        String subject = id.toUpperCase(Locale.ROOT) + " report: 2026-10";
        String messageId = "<" + id + ".2026-10@exec-reports.test>";
        StringBuilder headers = new StringBuilder()
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(String.join(", ", to)).append("\r\n");
        if (!cc.isEmpty()) {
            headers.append("Cc: ").append(String.join(", ", cc)).append("\r\n");
        }
        headers.append("Subject: ").append(subject).append("\r\n")
                .append("Message-ID: ").append(messageId).append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=us-ascii\r\n");
        String withoutBcc = headers + "\r\n" + body;
        String withBcc = bcc.isEmpty() ? withoutBcc
                : headers + "Bcc: " + String.join(", ", bcc) + "\r\n\r\n" + body;
        return new OutgoingMessage(id, from, to, cc, bcc, subject, messageId,
                withBcc.getBytes(StandardCharsets.US_ASCII), withoutBcc.getBytes(StandardCharsets.US_ASCII));
    }
}
