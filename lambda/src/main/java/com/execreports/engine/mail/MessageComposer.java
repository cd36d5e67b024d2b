package com.execreports.engine.mail;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds the RFC 5322 message for one report with Jakarta Mail: multipart/alternative with a
 * UTF-8 text part and HTML part, an encoded subject, Date and Message-ID. The message is written
 * twice from one saved state: with the Bcc header (the audit copy that is archived) and without
 * it (what is sent), so the two differ only in that header.
 */
public final class MessageComposer {
    private static final Session SESSION = Session.getInstance(new Properties());
    private final Clock clock;

    public MessageComposer(Clock clock) {
        this.clock = clock;
    }

    /** Addresses and content of one message; addresses are already validated. */
    public record Envelope(String from, List<String> to, List<String> cc, List<String> bcc, String subject) {
        public Envelope {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            bcc = List.copyOf(bcc);
        }
    }

    /** @param messageId the Message-ID header value, with angle brackets */
    public record Composed(String messageId, byte[] mime, byte[] mimeWithoutBcc) {}

    public Composed compose(String reportId, String period, Envelope envelope, String text, String html) {
        try {
            String messageId = "<" + period + "." + reportId + "." + UUID.randomUUID() + "@" + domainOf(envelope.from()) + ">";
            MimeMessage message = new FixedIdMessage(messageId);
            message.setFrom(new InternetAddress(envelope.from()));
            set(message, RecipientType.TO, envelope.to());
            set(message, RecipientType.CC, envelope.cc());
            set(message, RecipientType.BCC, envelope.bcc());
            message.setSubject(envelope.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Exec-Reports-Report", reportId);

            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, "UTF-8", "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart);
            alternative.addBodyPart(htmlPart);
            message.setContent(alternative);
            message.saveChanges();

            return new Composed(messageId, write(message, null), write(message, new String[] {"Bcc"}));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot compose the message for report " + reportId, e);
        }
    }

    private static void set(MimeMessage message, RecipientType type, List<String> addresses) throws MessagingException {
        if (!addresses.isEmpty()) {
            InternetAddress[] list = new InternetAddress[addresses.size()];
            for (int i = 0; i < list.length; i++) {
                list[i] = new InternetAddress(addresses.get(i));
            }
            message.setRecipients(type, list);
        }
    }

    private static byte[] write(MimeMessage message, String[] ignore) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out, ignore);
        return out.toByteArray();
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "exec-reports.invalid" : address.substring(at + 1);
    }

    /** Keeps our Message-ID: Jakarta Mail would otherwise generate one in saveChanges(). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(String id) {
            super(SESSION);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
