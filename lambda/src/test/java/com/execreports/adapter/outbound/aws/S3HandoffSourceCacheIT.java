package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** A worker container's handoff cache: S3 GETs counted by an SDK interceptor. */
@ExtendWith(AwsEmulatorExtension.class)
class S3HandoffSourceCacheIT {
    private static final String BUCKET = "handoff-cache-test";

    private final AwsEmulator emulator;
    private final List<String> gets = new ArrayList<>();
    private final S3Client s3;

    S3HandoffSourceCacheIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.s3 = S3Client.builder()
                .endpointOverride(emulator.endpoint())
                .forcePathStyle(true)
                .region(AwsEmulator.REGION)
                .credentialsProvider(AwsEmulator.CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof GetObjectRequest get) {
                            gets.add(get.key());
                        }
                    }
                }))
                .build();
    }

    @BeforeEach
    void bucket() {
        emulator.reset();
        s3.createBucket(r -> r.bucket(BUCKET));
        put("handoffs/reports.yml", "reports: []");
        put("handoffs/jada.md", "# jada");
        put("handoffs/quickdumpnow.md", "# quickdumpnow");
    }

    @AfterEach
    void close() {
        s3.close();
    }

    private void put(String key, String body) {
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromString(body, StandardCharsets.UTF_8));
    }

    /** One run as ReportRun reads: reports.yml first, then the listing, then every handoff. */
    private List<String> run(HandoffBodyCache cache) throws IOException {
        S3HandoffSource source = new S3HandoffSource(s3, BUCKET, "handoffs/", cache);
        List<String> bodies = new ArrayList<>();
        bodies.add(new String(source.read("reports.yml"), StandardCharsets.UTF_8));
        for (var file : source.list()) {
            if (file.path().endsWith(".md")) {
                bodies.add(new String(source.read(file.path()), StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }

    @Test
    void aLaterRunReadsOnlyWhatItCouldNotHaveListedYet() throws IOException {
        HandoffBodyCache cache = new HandoffBodyCache();
        assertThat(run(cache)).containsExactly("reports: []", "# jada", "# quickdumpnow");
        gets.clear();

        assertThat(run(cache)).containsExactly("reports: []", "# jada", "# quickdumpnow");

        // reports.yml is read before the listing, so never from the cache
        assertThat(gets).containsExactly("handoffs/reports.yml");
    }

    @Test
    void aChangedHandoffIsReadAgain() throws IOException {
        HandoffBodyCache cache = new HandoffBodyCache();
        run(cache);
        put("handoffs/jada.md", "# jada, November");
        gets.clear();

        assertThat(run(cache)).containsExactly("reports: []", "# jada, November", "# quickdumpnow");
        assertThat(gets).containsExactly("handoffs/reports.yml", "handoffs/jada.md");
    }

    @Test
    void keepsNothingPastItsSize() throws IOException {
        HandoffBodyCache cache = new HandoffBodyCache("# jada".length());
        run(cache);
        gets.clear();

        run(cache);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(gets).containsExactly("handoffs/reports.yml", "handoffs/quickdumpnow.md");
    }
}
