package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import com.execreports.adapter.inbound.cli.ExecReportsCli;
import com.execreports.adapter.inbound.lambda.SampleDeployment.Invocation;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.VirtualTicker;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.emulator.FaultProxy;
import com.execreports.adapter.outbound.aws.emulator.SentEmail;
import com.execreports.testing.ChildJvm;
import com.execreports.testing.EveryField;
import com.execreports.testing.HandoffMarkdown;
import com.execreports.testing.Mime;
import com.execreports.testing.SampleData;
import com.execreports.testing.SecretPatterns;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * No secret leaves a run (issue 5, item 6): with every secret pattern of SPEC §7 in every text
 * field of a handoff that every report covers, and a SecureString of distinctive value among the
 * SSM keys, no secret appears in any output file, archived object, sent message, log line,
 * exception message or summary, on the command line or on Lambda. Recipient addresses are the
 * exception SPEC §5 makes: summary.json lists them (log lines still do not).
 */
@ExtendWith(AwsEmulatorExtension.class)
class SecretLeakIT {
    static final String BUCKET = "exec-reports-secret-test";
    /** A SecureString value that appears nowhere in the input but SSM. */
    static final String SECURE = "ssm-secure-Zq7-" + UUID.randomUUID();

    private final AwsEmulator emulator;
    private final AwsClients clients;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private Path data;
    private int secretLines;

    @TempDir
    Path tmp;

    SecretLeakIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.clients = emulator.clients();
    }

    @BeforeEach
    void sampleDataWithALeakyHandoffThatEveryReportCovers() throws IOException {
        data = SampleData.copyTo(tmp.resolve("data"));
        List<String> secrets = new ArrayList<>(SecretPatterns.tokens());
        SecretPatterns.assignments().forEach(a -> secrets.add(a.text()));
        HandoffMarkdown leaky = EveryField.handoff("leaky", i -> "field " + i + " " + secrets.get(i % secrets.size()))
                .text("Keys", "The studio pasted this key:", SecretPatterns.privateKey());
        Files.write(data.resolve("leaky.md"), leaky.bytes());
        secretLines = (int) leaky.text().lines()
                .filter(line -> line.contains("-----BEGIN") || secrets.stream().anyMatch(line::contains)).count();
        String reports = Files.readString(data.resolve("reports.yml"))
                .replace("entities: [jada, queenofsandiego, quickdumpnow, dangerouscentaur]",
                        "entities: [jada, queenofsandiego, quickdumpnow, dangerouscentaur, leaky]");
        Files.writeString(data.resolve("reports.yml"), reports.replace("\npolicies:", """

                  - id: leaky-owners
                    persona: stakeholder
                    title: Leaky Ltd
                    entities: [leaky]

                policies:"""));
        Files.writeString(data.resolve("demo.env"), "REPORT_LEAKY_OWNERS_TO=owners@leaky.example\n",
                java.nio.file.StandardOpenOption.APPEND);
        emulator.reset();
    }

    @AfterEach
    void close() {
        clients.close();
    }

    // ---- the command line ----------------------------------------------------------------------------

    @Test
    void theCommandLineWritesAndPrintsNoSecret() throws IOException {
        Path outbox = tmp.resolve("out");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = ExecReportsCli.execute(new String[] {"run", "--data", data.toString(), "--env",
                data.resolve("demo.env").toString(), "--outbox", outbox.toString(), "--period", "2026-10"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isZero();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("stdout", out.toString());
        outputs.put("stderr", err.toString());
        try (Stream<Path> files = Files.walk(outbox)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                outputs.put(outbox.relativize(file).toString(), new String(bytes, StandardCharsets.UTF_8));
                if (file.toString().endsWith(".eml")) {
                    outputs.putAll(decodedParts(file.getFileName().toString(), bytes));
                }
            }
        }
        assertNoSecretIn(outputs, SecretPatterns.values());
        // the secrets were in scope and were replaced, not silently dropped
        assertThat(outputs.get("2026-10/leaky-owners.html")).contains("[REDACTED]");
        assertThat(outputs.get("2026-10/ceo.html")).contains("[REDACTED]");
        assertThat(err.toString().lines().filter(l -> l.contains("leaky.md:") && l.contains("credential-like value redacted")))
                .hasSize(secretLines);
    }

    // ---- Lambda --------------------------------------------------------------------------------------

    private void deploy() {
        SampleDeployment.install(clients, BUCKET);
        SampleDeployment.upload(clients, BUCKET, data, "handoffs/");
        SampleDeployment.putParameter(clients, "REPORT_LEAKY_OWNERS_TO", "owners@leaky.example", ParameterType.SECURE_STRING);
        SampleDeployment.putParameter(clients, "WEBHOOK_SIGNING_KEY", SECURE, ParameterType.SECURE_STRING);
    }

    private ReportsHandler handler() {
        return new ReportsHandler(FunctionSettings.of(LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", BUCKET))), clients,
                SampleDeployment.CLOCK, new PrintStream(logs, true, StandardCharsets.UTF_8), new VirtualTicker());
    }

    @Test
    void theFunctionLogsArchivesSendsAndReturnsNoSecret() {
        deploy();

        Invocation run = SampleDeployment.invoke(handler(), "{\"period\": \"2026-10\"}");

        assertThat(run.error()).isNull();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("log lines", logs.toString(StandardCharsets.UTF_8));
        outputs.put("returned summary", run.summary().toString());
        for (S3Object object : clients.s3().listObjectsV2Paginator(r -> r.bucket(BUCKET)).contents()) {
            if (!object.key().startsWith("handoffs/")) {
                byte[] bytes = clients.s3().getObjectAsBytes(r -> r.bucket(BUCKET).key(object.key())).asByteArray();
                outputs.put(object.key(), new String(bytes, StandardCharsets.UTF_8));
                if (object.key().endsWith(".eml")) {
                    outputs.putAll(decodedParts(object.key(), bytes));
                }
            }
        }
        for (SentEmail sent : emulator.sentEmails()) {
            outputs.put("sent " + sent.id(), sent.rawText());
            outputs.putAll(decodedParts("sent " + sent.id(), sent.raw()));
        }
        assertThat(outputs.keySet()).contains("archive/2026-10/leaky-owners.eml", "ledger/2026-10/leaky-owners.json");
        assertNoSecretIn(outputs, withSecure(SecretPatterns.values()));
        assertThat(outputs.get("archive/2026-10/leaky-owners.html")).contains("[REDACTED]");
        // SPEC §5 lists recipients in the summary; the log lines give counts only
        assertThat(outputs.get("returned summary")).contains("owners@leaky.example");
        assertThat(outputs.get("log lines")).doesNotContain("owners@leaky.example").doesNotContain("cfo@example.com");
    }

    /** A SecureString value that makes the run impossible: the message names the key, never the value. */
    record BadSecure(String key, String value, String says) {}

    static Stream<Arguments> badSecureStrings() {
        return Stream.of(
                bad("a recipient list with a non-address", "REPORT_CFO_CC", "deputy@example.com, " + SECURE,
                        "REPORT_CFO_CC: address 2 of 2 is not a plain email address"),
                bad("a recipient with a header injected", "REPORT_CFO_TO",
                        "cfo@example.com\r\nBcc: " + SECURE + "@evil.example", "REPORT_CFO_TO: contains a line break"),
                bad("a display name", "AUDIT_BCC_ADDRESS", "\"" + SECURE + "\" <audit@example.com>",
                        "AUDIT_BCC_ADDRESS: address 1 of 1 is not a plain email address"),
                bad("an invalid sender", "SES_SENDER_ADDRESS", SECURE + "@", "SES_SENDER_ADDRESS: address 1 of 1"),
                bad("no region name", "SES_REGION", SECURE, "SES_REGION: not an AWS region name"));
    }

    private static Arguments bad(String name, String key, String value, String says) {
        return Arguments.of(named(name, new BadSecure(key, value, says)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSecureStrings")
    void aSecureStringThatStopsTheRunIsNeverRepeated(BadSecure bad) {
        deploy();
        SampleDeployment.putParameter(clients, bad.key(), bad.value(), ParameterType.SECURE_STRING);

        Invocation run = SampleDeployment.invoke(handler(), "{\"period\": \"2026-10\"}");

        assertThat(run.error()).isNotNull().hasMessageContaining(bad.says());
        StringWriter trace = new StringWriter();
        run.error().printStackTrace(new PrintWriter(trace));
        assertNoSecretIn(Map.of("exception and its causes", trace.toString(),
                "log lines", logs.toString(StandardCharsets.UTF_8)), List.of(SECURE));
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("\"event\":\"run_failed\"");
        assertThat(emulator.sentEmails()).isEmpty();
    }

    /** The command line on AWS in its own JVM: its whole output, SDK logging included, holds no secret. */
    @Test
    void theCommandLineOnAwsPrintsNoSecretEvenInItsLibrariesLogs() throws Exception {
        deploy();
        SampleDeployment.putParameter(clients, "REPORT_CFO_CC", "deputy@example.com, " + SECURE, ParameterType.SECURE_STRING);
        // an account out of the sandbox, so that the child is not paced at the emulator's 1 recipient a second
        FaultProxy proxy = FaultProxy.start(emulator.endpoint()).inject(FaultProxy.ses("GetSendQuota"),
                FaultProxy.sesQuota(50_000, 100, 0));
        try (proxy) {
            runTheCommandLineTwice(proxy.endpoint().toString());
        }
    }

    private void runTheCommandLineTwice(String endpoint) throws Exception {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", endpoint, "AWS_REGION",
                AwsEmulator.REGION.id(), "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
                "AWS_EC2_METADATA_DISABLED", "true");
        List<String> args = List.of("run", "--data", "s3://" + BUCKET + "/handoffs/", "--env", "ssm:/exec-reports/",
                "--transport", "ses", "--period", "2026-10", "--outbox", tmp.resolve("cli-out").toString());
        Path log = tmp.resolve("cli.log");

        Process failing = ChildJvm.start(ExecReportsCli.class, args, env, tmp, log);
        assertThat(failing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String failed = Files.readString(log);
        assertThat(failing.exitValue()).as(failed).isEqualTo(2);
        assertNoSecretIn(Map.of("output of the refused run", failed), List.of(SECURE));

        SampleDeployment.putParameter(clients, "REPORT_CFO_CC", "deputy@example.com", ParameterType.SECURE_STRING);
        Process working = ChildJvm.start(ExecReportsCli.class, args, env, tmp, log);
        assertThat(working.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(working.exitValue()).as(output).isZero();
        assertThat(output).contains("credential-like value redacted");
        assertNoSecretIn(Map.of("output of the run", output), withSecure(SecretPatterns.values()));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static List<String> withSecure(List<String> secrets) {
        List<String> all = new ArrayList<>(secrets);
        all.add(SECURE);
        return all;
    }

    /** The decoded text of every part: quoted-printable may split a value across lines in the raw bytes. */
    private static Map<String, String> decodedParts(String name, byte[] eml) {
        Map<String, String> parts = new LinkedHashMap<>();
        try {
            MimeMessage message = Mime.parse(eml);
            parts.put(name + " subject", message.getSubject());
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                parts.put(name + " " + part.getContentType(), String.valueOf(part.getContent()));
            }
        } catch (Exception e) {
            throw new AssertionError("cannot decode " + name, e);
        }
        return parts;
    }

    private static void assertNoSecretIn(Map<String, String> outputs, List<String> secrets) {
        List<String> leaks = new ArrayList<>();
        outputs.forEach((where, text) -> secrets.stream().filter(text::contains)
                .forEach(secret -> leaks.add(where + " holds " + secret.substring(0, 6) + "…")));
        assertThat(leaks).as("secrets found in %d outputs", outputs.size()).isEmpty();
    }
}
