package com.execreports.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A second MIME parser, Apache mime4j in strict mode, that shares no code with Jakarta Mail: what
 * both read the same way is what a mail client reads.
 */
public final class Mime4j {
    private Mime4j() {}

    /** One non-multipart part: its header fields (names lower-cased, first wins), type and decoded body. */
    public record Leaf(Map<String, String> headers, String mimeType, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public static List<Leaf> leaves(byte[] eml) {
        List<Leaf> leaves = new ArrayList<>();
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.STRICT);
        parser.setContentDecoding(true);
        parser.setContentHandler(new AbstractContentHandler() {
            private Map<String, String> headers = new LinkedHashMap<>();

            @Override
            public void startHeader() {
                headers = new LinkedHashMap<>();
            }

            @Override
            public void field(Field field) {
                headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getBody().strip());
            }

            @Override
            public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
                leaves.add(new Leaf(headers, descriptor.getMimeType(), in.readAllBytes()));
            }
        });
        try {
            parser.parse(new ByteArrayInputStream(eml));
        } catch (MimeException | IOException e) {
            throw new AssertionError("mime4j (strict) cannot parse the message", e);
        }
        return leaves;
    }
}
