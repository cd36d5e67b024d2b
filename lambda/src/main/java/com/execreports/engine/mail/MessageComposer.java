package com.execreports.engine.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Without images or attachments it is the plain alternative, as before. The message is written
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
            set(message, RecipientType.BCC, envelope.bcc());
            message.setSubject(envelope.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Exec-Reports-Report", reportId);

            message.setContent(content(body));
            message.saveChanges();

            return new Composed(messageId, write(message, null), write(message, new String[] {"Bcc"}));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot compose the message for report " + reportId, e);
        }
    }

    private static MimeMultipart content(Body body) throws MessagingException {
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(body.text(), "UTF-8", "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(body.html(), "UTF-8", "html");
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
