package com.execreports.engine.mail;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds the RFC 5322 message for one report with Jakarta Mail: multipart/alternative with a
 * UTF-8 text part and HTML part, an encoded subject, Date and Message-ID. The message is written
 * once, without Bcc (what is sent); the archived audit copy is the same bytes with the Bcc header
 * added in front.
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
            message.setSubject(envelope.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Exec-Reports-Report", reportId);

            MimeBodyPart textPart = encodedPart("text/plain; charset=UTF-8", "quoted-printable", text);
            // base64 for HTML: the HTML is also archived as its own file for reading
            MimeBodyPart htmlPart = encodedPart("text/html; charset=UTF-8", "base64", html);
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart);
            alternative.addBodyPart(htmlPart);
            message.setContent(alternative);
            message.saveChanges();

            byte[] sent = write(message);
            return new Composed(messageId, withBcc(envelope.bcc(), sent), sent);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot compose the message for report " + reportId, e);
        }
    }

    /**
     * A body part whose content is encoded here, in one pass over a byte array: left to itself,
     * Jakarta Mail encodes a String part byte by byte through several stream layers, which took
     * most of a large run's time.
     */
    private static MimeBodyPart encodedPart(String contentType, String transferEncoding, String content)
            throws MessagingException, IOException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        headers.setHeader("Content-Transfer-Encoding", transferEncoding);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        byte[] encoded;
        if (transferEncoding.equals("base64")) {
            encoded = Base64.getMimeEncoder().encode(bytes);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 8);
            try (OutputStream encoder = MimeUtility.encode(out, transferEncoding)) {
                encoder.write(bytes);
            }
            encoded = out.toByteArray();
        }
        return new MimeBodyPart(headers, encoded);
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

    private static byte[] write(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        message.writeTo(out);
        return out.toByteArray();
    }

    /**
     * The audit copy: the sent bytes with a Bcc header in front (header order is free in RFC 5322),
     * so the archived message and the sent one differ in exactly that header, by construction.
     */
    private static byte[] withBcc(List<String> bcc, byte[] sent) throws AddressException {
        if (bcc.isEmpty()) {
            return sent;
        }
        InternetAddress[] addresses = new InternetAddress[bcc.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(bcc.get(i));
        }
        String header = MimeUtility.fold(5, "Bcc: " + InternetAddress.toString(addresses)) + "\r\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = new byte[headerBytes.length + sent.length];
        System.arraycopy(headerBytes, 0, copy, 0, headerBytes.length);
        System.arraycopy(sent, 0, copy, headerBytes.length, sent.length);
        return copy;
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
