package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.application.port.HandoffSource.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(AwsEmulatorExtension.class)
class S3HandoffSourceIT {
    private static final String BUCKET = "handoff-source-test";
    private static AwsClients clients;
    private static S3Client s3;

    @BeforeAll
    static void bucket(AwsEmulator emulator) {
        clients = emulator.clients();
        s3 = clients.s3();
        s3.createBucket(r -> r.bucket(BUCKET));
        put("handoffs/jada.md", "# jada");
        put("handoffs/reports.yml", "reports: []");
        put("handoffs/history/jada-2026-09.md", "older");
        put("handoffs/history/", ""); // a console "folder": not a file
        put("handoffs-old/stale.md", "not under handoffs/");
        put("elsewhere/other.md", "not under handoffs/");
        IntStream.range(0, 7).forEach(i -> put("paged/" + i + ".md", "x".repeat(i)));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    private static void put(String key, String body) {
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromString(body, StandardCharsets.UTF_8));
    }

    @Test
    void listsEveryFileUnderThePrefixWithSubfoldersRelativePathsAndSizes() throws IOException {
        S3HandoffSource source = new S3HandoffSource(s3, BUCKET, "handoffs/");

        assertThat(source.list()).containsExactly(
                new SourceFile("history/jada-2026-09.md", 5),
                new SourceFile("jada.md", 6),
                new SourceFile("reports.yml", 11));
        assertThat(source.describe()).isEqualTo("s3://handoff-source-test/handoffs/");
    }

    @Test
    void aPrefixWithoutItsSlashStillMeansTheFolder() throws IOException {
        S3HandoffSource source = new S3HandoffSource(s3, BUCKET, "handoffs");

        assertThat(source.list()).extracting(SourceFile::path)
                .containsExactly("history/jada-2026-09.md", "jada.md", "reports.yml");
        assertThat(source.describe()).isEqualTo("s3://handoff-source-test/handoffs/");
    }

    @Test
    void pagesThroughTheWholeListing() throws IOException {
        S3HandoffSource source = new S3HandoffSource(s3, BUCKET, "paged/", 2);

        assertThat(source.list()).extracting(SourceFile::path, SourceFile::size).containsExactly(
                IntStream.range(0, 7).mapToObj(i -> org.assertj.core.groups.Tuple.tuple(i + ".md", (long) i))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
    }

    @Test
    void readsAFileByItsRelativePath() throws IOException {
        S3HandoffSource source = new S3HandoffSource(s3, BUCKET, "handoffs/");

        assertThat(source.read("history/jada-2026-09.md")).asString(StandardCharsets.UTF_8).isEqualTo("older");
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        S3HandoffSource source = new S3HandoffSource(s3, BUCKET, "handoffs/");

        assertThatThrownBy(() -> source.read("absent.md"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage("s3://handoff-source-test/handoffs/absent.md");
    }

    @Test
    void aMissingBucketIsAnErrorNamingTheBucket() {
        S3HandoffSource source = new S3HandoffSource(s3, "no-such-bucket-here", "handoffs/");

        assertThatThrownBy(source::list)
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("S3 bucket 'no-such-bucket-here' does not exist");
        assertThatThrownBy(() -> source.read("reports.yml"))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("S3 bucket 'no-such-bucket-here' does not exist");
    }
}
