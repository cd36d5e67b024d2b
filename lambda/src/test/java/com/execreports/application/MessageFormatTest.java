package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.testing.Mime;
import com.execreports.testing.SampleRun;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every archived .eml parses with a real MIME parser and has the shape SPEC §5 asks for. */
class MessageFormatTest {
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
    void isMultipartAlternativeWithUtf8TextAndHtml(Path eml) throws Exception {
        MimeMessage message = Mime.parse(Files.readAllBytes(eml));
        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").contains("UTF-8");
        assertThat(message.getHeader("Message-ID")[0]).matches("<2026-10\\.[a-z0-9-]+\\.[0-9a-f-]+@example\\.com>");
        assertThat(message.getSentDate()).isNotNull();
        assertThat(message.getSubject()).isNotBlank().contains("2026-10");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("reports@example.com");
        // the archived copy keeps the Bcc header for the audit trail
        assertThat(message.getHeader("Bcc")).containsExactly("audit@example.com");
        assertThat(message.getHeader("To")).isNotEmpty();
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
    }
}
