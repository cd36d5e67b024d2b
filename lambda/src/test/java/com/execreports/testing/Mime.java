package com.execreports.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/** Parses stored messages with Jakarta Mail's MIME parser, as a mail client would. */
public final class Mime {
    private Mime() {}

    public static MimeMessage parse(byte[] eml) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        } catch (Exception e) {
            throw new AssertionError("not a parseable MIME message", e);
        }
    }

    /** The decoded content of the first part with this MIME type, e.g. "text/plain". */
    public static String part(MimeMessage message, String type) {
        try {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + type, e);
        }
    }
}
