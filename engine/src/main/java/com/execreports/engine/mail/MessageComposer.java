package com.execreports.engine.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Part;
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
import jakarta.mail.util.ByteArrayDataSource;
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
 * UTF-8 text part and HTML part, an encoded subject, Date and Message-ID. Inline images (the
 * charts) put the HTML in a multipart/related with them, each with a Content-ID the HTML refers
 * to as {@code cid:}; attachments (the PDF copy) wrap all of it in a multipart/mixed:
 * <pre>
 * mixed ─┬─ alternative ─┬─ text/plain
 *        │               └─ related ─┬─ text/html
 *        │                           └─ image/png (inline, Content-ID) …
 *        └─ application/pdf (attachment)
 * </pre>
 * Without images or attachments it is the plain alternative. The message is written once,
 * without Bcc (what is sent); the archived audit copy is the same bytes with the Bcc header added
 * in front.
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

    /** A part the HTML shows in place: {@code <img src="cid:contentId">}; contentId without angle brackets. */
    public record Inline(String contentId, String fileName, String contentType, byte[] bytes) {}

    /** A file attached to the message, e.g. the PDF copy. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {}

    /** What the message says: the two alternatives, the HTML's inline parts, and attachments. */
    public record Body(String text, String html, List<Inline> inline, List<Attachment> attachments) {
        public Body {
            inline = List.copyOf(inline);
            attachments = List.copyOf(attachments);
        }

        /** A lower bound of the composed message's size: its parts before any encoding. */
        public long minimumBytes() {
            return (long) text.length() + html.length()
                    + inline.stream().mapToLong(i -> i.bytes().length).sum()
                    + attachments.stream().mapToLong(a -> a.bytes().length).sum();
        }
    }

    public Composed compose(String reportId, String period, Envelope envelope, String text, String html) {
        return compose(reportId, period, envelope, new Body(text, html, List.of(), List.of()));
    }

    public Composed compose(String reportId, String period, Envelope envelope, Body body) {
        try {
            String messageId = "<" + period + "." + reportId + "." + UUID.randomUUID() + "@" + domainOf(envelope.from()) + ">";
            MimeMessage message = new FixedIdMessage(messageId);
            message.setFrom(new InternetAddress(envelope.from()));
            set(message, RecipientType.TO, envelope.to());
            set(message, RecipientType.CC, envelope.cc());
            message.setSubject(envelope.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Exec-Reports-Report", reportId);

            message.setContent(content(body));
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

    private static MimeMultipart content(Body body) throws MessagingException, IOException {
        MimeBodyPart textPart = encodedPart("text/plain; charset=UTF-8", "quoted-printable", body.text());
        // base64 for HTML: the HTML is also archived as its own file for reading
        MimeBodyPart htmlPart = encodedPart("text/html; charset=UTF-8", "base64", body.html());
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart);
        if (body.inline().isEmpty()) {
            alternative.addBodyPart(htmlPart);
        } else {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(htmlPart);
            for (Inline image : body.inline()) {
                related.addBodyPart(part(image.bytes(), image.contentType(), image.fileName(), Part.INLINE,
                        "<" + image.contentId() + ">"));
            }
            alternative.addBodyPart(wrap(related));
        }
        if (body.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrap(alternative));
        for (Attachment a : body.attachments()) {
            mixed.addBodyPart(part(a.bytes(), a.contentType(), a.fileName(), Part.ATTACHMENT, null));
        }
        return mixed;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    /** A binary part, base64: Content-Type with the file name, Content-Disposition, and a Content-ID if given. */
    private static MimeBodyPart part(byte[] bytes, String contentType, String fileName, String disposition,
                                     String contentId) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, contentType)));
        part.setFileName(fileName);
        part.setDisposition(disposition);
        part.setHeader("Content-Transfer-Encoding", "base64");
        if (contentId != null) {
            part.setContentID(contentId);
        }
        return part;
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
