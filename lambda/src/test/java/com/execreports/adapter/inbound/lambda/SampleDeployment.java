package com.execreports.adapter.inbound.lambda;

import com.execreports.testing.SampleData;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.SentEmail;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.testing.Mime;
import com.execreports.testing.RepoPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The sample portfolio deployed to the emulator as the CDK stack would lay it out: handoffs and
 * reports.yml under {@code handoffs/}, the demo keys under {@code /exec-reports/} (the CFO's
 * recipients as a SecureString), and a verified sender. Also reads back what the emulator sent.
 */
final class SampleDeployment {
    static final String SENDER = "reports@example.com";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T13:00:00Z"), ZoneOffset.UTC);
    static final List<String> REPORTS = SampleData.REPORTS;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleDeployment() {}

    /** Bucket, sample handoffs, keys and sender, bound through {@code clients}. */
    static void install(AwsClients clients, String bucket) {
        clients.s3().createBucket(r -> r.bucket(bucket));
        upload(clients, bucket, RepoPaths.data(), "handoffs/");
        try {
            new EnvFileKeySource(RepoPaths.data().resolve("demo.env"), "demo.env").load().forEach((key, value) ->
                    putParameter(clients, key, value,
                            key.equals("REPORT_CFO_TO") ? ParameterType.SECURE_STRING : ParameterType.STRING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clients.ses(null).verifyEmailIdentity(r -> r.emailAddress(SENDER));
    }

    static void upload(AwsClients clients, String bucket, Path folder, String prefix) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = prefix + folder.relativize(file).toString().replace('\\', '/');
                clients.s3().putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void putParameter(AwsClients clients, String key, String value, ParameterType type) {
        clients.ssm().putParameter(r -> r.name("/exec-reports/" + key).value(value).type(type).overwrite(true));
    }

    /** How many times the emulator accepted each report, by its X-Exec-Reports-Report header. */
    static Map<String, Integer> sendsByReport(AwsEmulator emulator) {
        Map<String, Integer> sends = new TreeMap<>();
        for (SentEmail email : emulator.sentEmails()) {
            try {
                sends.merge(Mime.parse(email.raw()).getHeader("X-Exec-Reports-Report")[0], 1, Integer::sum);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return sends;
    }

    /** What one invocation gave: the summary it returned (written before any error) and the error. */
    record Invocation(JsonNode summary, Throwable error) {
        /** Report id → status, in run order. */
        Map<String, String> statuses() {
            Map<String, String> statuses = new LinkedHashMap<>();
            summary.get("reports").forEach(r -> statuses.put(r.get("id").asText(), r.get("status").asText()));
            return statuses;
        }

        String error(String reportId) {
            for (JsonNode r : summary.get("reports")) {
                if (r.get("id").asText().equals(reportId)) {
                    return r.get("error").asText();
                }
            }
            throw new AssertionError("no report " + reportId);
        }

        List<String> withStatus(String status) {
            List<String> ids = new ArrayList<>();
            statuses().forEach((id, s) -> {
                if (s.equals(status)) {
                    ids.add(id);
                }
            });
            return ids;
        }
    }

    /** Invokes the handler with {@code event}; an error ends up in the result, not thrown. */
    static Invocation invoke(ReportsHandler handler, String event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable error = null;
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                    new TestContext("request-1"));
        } catch (IOException | RuntimeException e) {
            error = e;
        }
        try {
            return new Invocation(out.size() == 0 ? null : JSON.readTree(out.toByteArray()), error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
