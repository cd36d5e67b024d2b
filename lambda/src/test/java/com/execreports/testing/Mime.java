package com.execreports.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
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

    /** The decoded content of the first part with this MIME type, e.g. "text/plain", at any depth. */
    public static String part(MimeMessage message, String type) {
        try {
            for (Part part : leaves(message)) {
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

    /** Every part that is not a multipart, depth first, in message order. */
    public static List<Part> leaves(Part root) {
        List<Part> leaves = new ArrayList<>();
        try {
            collect(root, leaves);
        } catch (Exception e) {
            throw new AssertionError("cannot walk the MIME tree", e);
        }
        return leaves;
    }

    private static void collect(Part part, List<Part> leaves) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, leaves);
            }
        } else {
            leaves.add(part);
        }
    }

    /** The tree of content types, e.g. "multipart/mixed[multipart/alternative[text/plain, …], application/pdf]". */
    public static String shape(Part part) {
        try {
            String type = part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (!part.isMimeType("multipart/*")) {
                return type;
            }
            Multipart multipart = (Multipart) part.getContent();
            List<String> children = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                children.add(shape(multipart.getBodyPart(i)));
            }
            return type + "[" + String.join(", ", children) + "]";
        } catch (Exception e) {
            throw new AssertionError("cannot walk the MIME tree", e);
        }
    }
}
