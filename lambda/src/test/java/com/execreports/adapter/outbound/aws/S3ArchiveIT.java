package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(AwsEmulatorExtension.class)
class S3ArchiveIT {
    private static final String BUCKET = "archive-test";
    private static AwsClients clients;
    private static S3Client s3;

    @BeforeAll
    static void bucket(AwsEmulator emulator) {
        clients = emulator.clients();
        s3 = clients.s3();
        s3.createBucket(r -> r.bucket(BUCKET));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    @Test
    void writesUnderPrefixAndPeriodWithContentTypes() throws IOException {
        S3Archive archive = new S3Archive(s3, BUCKET, "archive/");

        archive.write("2026-10", "cfo.eml", bytes("From: a@example.com\r\n\r\nhi\r\n"));
        archive.write("2026-10", "cfo.html", bytes("<p>hi</p>"));
        archive.write("2026-10", "cfo.json", bytes("{}"));
        archive.write("2026-10", "summary.json", bytes("{\"period\":\"2026-10\"}"));

        assertThat(s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("archive/")).contents()).extracting(S3Object::key)
                .containsExactly("archive/2026-10/cfo.eml", "archive/2026-10/cfo.html", "archive/2026-10/cfo.json",
                        "archive/2026-10/summary.json");
        assertThat(contentType("archive/2026-10/cfo.eml")).isEqualTo("message/rfc822");
        assertThat(contentType("archive/2026-10/cfo.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(contentType("archive/2026-10/cfo.json")).isEqualTo("application/json");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("archive/2026-10/cfo.eml")).asUtf8String())
                .isEqualTo("From: a@example.com\r\n\r\nhi\r\n");
    }

    @Test
    void aSecondWriteReplacesTheFirst() throws IOException {
        S3Archive archive = new S3Archive(s3, BUCKET, "replaced/");

        archive.write("2026-10", "ceo.json", bytes("{\"v\":1}"));
        archive.write("2026-10", "ceo.json", bytes("{\"v\":2}"));

        assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("replaced/2026-10/ceo.json")).asUtf8String())
                .isEqualTo("{\"v\":2}");
    }

    @Test
    void theDefaultPrefixIsArchive() {
        S3Archive archive = new S3Archive(s3, BUCKET, null);

        assertThat(archive.describe()).isEqualTo("s3://archive-test/archive/");
        assertThat(archive.key("2026-10", "cto.eml")).isEqualTo("archive/2026-10/cto.eml");
        assertThat(new S3Archive(s3, BUCKET, "runs").key("2026-10", "cto.eml")).isEqualTo("runs/2026-10/cto.eml");
    }

    @Test
    void aMissingBucketIsAnErrorNamingTheBucket() {
        S3Archive archive = new S3Archive(s3, "no-such-archive-bucket", "archive/");

        assertThatThrownBy(() -> archive.write("2026-10", "cfo.json", bytes("{}")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("S3 bucket 'no-such-archive-bucket' does not exist");
    }

    private static String contentType(String key) {
        return s3.headObject(r -> r.bucket(BUCKET).key(key)).contentType();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
