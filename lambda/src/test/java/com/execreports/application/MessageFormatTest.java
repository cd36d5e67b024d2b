package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.engine.render.ChartLayout;
import com.execreports.testing.Mime;
import com.execreports.testing.Mime4j;
import com.execreports.testing.SampleRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every archived .eml parses with two independent MIME parsers (Jakarta Mail and Apache mime4j,
 * strict), has the shape its content needs, and every {@code cid:} of its HTML resolves to an
 * inline PNG part.
 */
class MessageFormatTest {
    /** The sample reports whose definition says {@code attach_pdf: true}. */
    static final Set<String> WITH_PDF = Set.of("ceo", "cto", "accounting", "cmo", "cfo", "rental-3028-51st",
            "dangerouscentaur-portfolio");
    static final Pattern CID = Pattern.compile("src=\"cid:([^\"]+)\"");
    static final Pattern IMG = Pattern.compile("<img [^>]*>");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path outbox;

    @BeforeAll
    static void run() {
        SampleRun.run(outbox);
    }

    static Stream<Path> messages() throws IOException {
        try (Stream<Path> files = Files.list(outbox.resolve("2026-10"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void hasTheHeadersOfSpec5(Path eml) throws Exception {
        MimeMessage message = Mime.parse(Files.readAllBytes(eml));
        assertThat(message.getHeader("Message-ID")[0]).matches("<2026-10\\.[a-z0-9-]+\\.[0-9a-f-]+@example\\.com>");
        assertThat(message.getSentDate()).isNotNull();
        assertThat(message.getSubject()).isNotBlank().contains("2026-10");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("reports@example.com");
        // the archived copy keeps the Bcc header for the audit trail
        assertThat(message.getHeader("Bcc")).containsExactly("audit@example.com");
        assertThat(message.getHeader("To")).isNotEmpty();
    }

    /** alternative(text, related(html, png…)), inside mixed with the PDF when the report attaches one. */
    @ParameterizedTest
    @MethodSource("messages")
    void hasTheMimeShapeItsContentNeeds(Path eml) throws Exception {
        String id = id(eml);
        int charts = json(id).get("charts").size();
        String html = charts == 0 ? "text/html"
                : "multipart/related[text/html, " + String.join(", ", Collections.nCopies(charts, "image/png")) + "]";
        String alternative = "multipart/alternative[text/plain, " + html + "]";
        String expected = WITH_PDF.contains(id) ? "multipart/mixed[" + alternative + ", application/pdf]" : alternative;
        MimeMessage message = Mime.parse(Files.readAllBytes(eml));
        assertThat(Mime.shape(message)).isEqualTo(expected);
        for (Part part : Mime.leaves(message)) {
            if (part.isMimeType("text/*")) {
                assertThat(part.getContentType()).contains("UTF-8");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void everyContentIdResolvesToAnInlinePngThatIsUsed(Path eml) throws Exception {
        MimeMessage message = Mime.parse(Files.readAllBytes(eml));
        List<String> cids = contentIds(Mime.part(message, "text/html"));
        List<String> inline = new ArrayList<>();
        for (Part part : Mime.leaves(message)) {
            if (part.isMimeType("image/png")) {
                MimeBodyPart image = (MimeBodyPart) part;
                assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
                assertThat(image.getFileName()).endsWith(".png");
                String cid = image.getContentID();
                assertThat(cid).startsWith("<").endsWith(">");
                inline.add(cid.substring(1, cid.length() - 1));
                byte[] bytes = image.getInputStream().readAllBytes();
                assertThat(Arrays.copyOf(bytes, PNG.length)).isEqualTo(PNG);
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes));
                assertThat(png.getWidth()).isEqualTo(ChartLayout.WIDTH * ChartLayout.SCALE);
            }
        }
        assertThat(inline).containsExactlyInAnyOrderElementsOf(cids);
        assertThat(json(id(eml)).get("charts").size()).isEqualTo(cids.size());
    }

    /** The same message read by mime4j: the same Content-IDs resolve, the PDF is an attachment. */
    @ParameterizedTest
    @MethodSource("messages")
    void aSecondMimeParserReadsTheSameParts(Path eml) throws Exception {
        String id = id(eml);
        List<Mime4j.Leaf> leaves = Mime4j.leaves(Files.readAllBytes(eml));
        Mime4j.Leaf html = leaves.stream().filter(l -> l.mimeType().equals("text/html")).findFirst().orElseThrow();
        List<String> inline = new ArrayList<>();
        for (Mime4j.Leaf leaf : leaves) {
            if (leaf.mimeType().equals("image/png")) {
                assertThat(leaf.header("Content-Disposition")).startsWith("inline");
                assertThat(Arrays.copyOf(leaf.body(), PNG.length)).isEqualTo(PNG);
                inline.add(leaf.header("Content-ID").replaceAll("^<|>$", ""));
            }
        }
        assertThat(inline).containsExactlyInAnyOrderElementsOf(
                contentIds(new String(html.body(), StandardCharsets.UTF_8)));
        List<Mime4j.Leaf> pdfs = leaves.stream().filter(l -> l.mimeType().equals("application/pdf")).toList();
        assertThat(pdfs).hasSize(WITH_PDF.contains(id) ? 1 : 0);
        for (Mime4j.Leaf pdf : pdfs) {
            assertThat(pdf.header("Content-Disposition")).startsWith("attachment").contains(id + ".pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void everyImageHasAltTextWithItsNumbers(Path eml) throws Exception {
        String html = Mime.part(Mime.parse(Files.readAllBytes(eml)), "text/html");
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            // a fluid image (width:100%) has no height attribute: where a client ignores height:auto
            // (Yahoo) a fixed height would stretch it; its width attribute sizes it in Outlook
            assertThat(img.group()).containsPattern("alt=\"[^\"]*[0-9][^\"]*\"").contains("width=")
                    .doesNotContain("height=");
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void textPartStaysWithin72ColumnsExceptUnbreakableWords(Path eml) throws Exception {
        String text = Mime.part(Mime.parse(Files.readAllBytes(eml)), "text/plain");
        for (String line : text.split("\r?\n")) {
            if (line.length() > 72) {
                assertThat(line.strip()).as("over-long line: %s", line).doesNotContain(" ");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void htmlPartIsAtMost640PixelsWideWithInlineStyles(Path eml) throws Exception {
        String html = Mime.part(Mime.parse(Files.readAllBytes(eml)), "text/html");
        assertThat(html).contains("max-width:640px").doesNotContain("<style").doesNotContain("<script");
        assertThat(List.of(html.split("<link"))).hasSize(1);
        // no remote images: every picture travels inside the message
        assertThat(html).doesNotContain("src=\"http");
    }

    private static List<String> contentIds(String html) {
        List<String> cids = new ArrayList<>();
        Matcher m = CID.matcher(html);
        while (m.find()) {
            cids.add(m.group(1));
        }
        return cids;
    }

    private static String id(Path eml) {
        String name = eml.getFileName().toString();
        return name.substring(0, name.length() - ".eml".length());
    }

    private static JsonNode json(String id) throws IOException {
        return new ObjectMapper().readTree(outbox.resolve("2026-10").resolve(id + ".json").toFile());
    }
}
