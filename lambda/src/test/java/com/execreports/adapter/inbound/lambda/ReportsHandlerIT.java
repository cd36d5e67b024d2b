package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.VirtualTicker;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.emulator.SentEmail;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.domain.ConfigurationException;
import com.execreports.testing.Mime;
import com.execreports.testing.RepoPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The handler end to end against the emulator: the sample data in S3, the demo keys in SSM (the
 * CFO's recipients as a SecureString), SES with a verified sender; invoked as the schedule and
 * the console would invoke it. Every test starts from an empty emulator.
 */
@ExtendWith(AwsEmulatorExtension.class)
class ReportsHandlerIT {
    static final String BUCKET = "exec-reports-handler-test";
    static final String SENDER = "reports@example.com";
    static final String AUDIT = "audit@example.com";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T13:00:00Z"), ZoneOffset.UTC);
    static final Path GOLDEN = Path.of("src/test/resources/com/execreports/application/SampleReportsGoldenTest");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Report id → subject and envelope recipients (To, Cc, then the audit Bcc), from data/. */
    static final Map<String, Expected> EXPECTED = expected();

    record Expected(String subject, List<String> recipients) {}

    private static Map<String, Expected> expected() {
        Map<String, Expected> m = new LinkedHashMap<>();
        m.put("ceo", new Expected("CEO report: 2026-10", List.of("ceo@example.com", "chief-of-staff@example.com", AUDIT)));
        m.put("cto", new Expected("CTO report: stack audit for 2026-10", List.of("cto@example.com", AUDIT)));
        m.put("accounting", new Expected("Accounting report: 2026-10",
                List.of("bookkeeper@example.com", "accountant@example.com", "cfo@example.com", AUDIT)));
        m.put("cmo", new Expected("CMO report: channels and pipeline for 2026-10", List.of("cmo@example.com", AUDIT)));
        m.put("cfo", new Expected("CFO report: burn, break-even and policy checks for 2026-10",
                List.of("cfo@example.com", AUDIT)));
        m.put("rental-3028-51st", new Expected("3028 51st St Rental: monthly update for 2026-10",
                List.of("owners-3028@example.com", AUDIT)));
        m.put("expert-yacht-delivery", new Expected("Expert Yacht Delivery: monthly update for 2026-10",
                List.of("captain@example.com", AUDIT)));
        m.put("dangerouscentaur-portfolio", new Expected("DangerousCentaur Portfolio: monthly update for 2026-10",
                List.of("founder@example.com", "partner@example.com", AUDIT)));
        return m;
    }

    private final AwsEmulator emulator;
    private final AwsClients clients;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    ReportsHandlerIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.clients = emulator.clients();
    }

    @BeforeEach
    void sampleDataKeysAndSender() throws IOException {
        emulator.reset();
        clients.s3().createBucket(r -> r.bucket(BUCKET));
        uploadFolder(RepoPaths.data(), "handoffs/");
        new EnvFileKeySource(RepoPaths.data().resolve("demo.env"), "demo.env").load().forEach((key, value) ->
                putParameter(key, value, key.equals("REPORT_CFO_TO") ? ParameterType.SECURE_STRING : ParameterType.STRING));
        clients.ses(null).verifyEmailIdentity(r -> r.emailAddress(SENDER));
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    private void uploadFolder(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = prefix + folder.relativize(file).toString().replace('\\', '/');
                clients.s3().putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromFile(file));
            }
        }
    }

    private void putParameter(String key, String value, ParameterType type) {
        clients.ssm().putParameter(r -> r.name("/exec-reports/" + key).value(value).type(type).overwrite(true));
    }

    private ReportsHandler handler(String bucket) {
        LambdaSettings settings = LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", bucket));
        // SES sends are paced in virtual time: the emulator's account sends to 1 recipient a second
        return new ReportsHandler(FunctionSettings.of(settings), clients, CLOCK, new PrintStream(logs, true, StandardCharsets.UTF_8),
                new VirtualTicker());
    }

    private JsonNode invoke(String event) throws IOException {
        return invoke(handler(BUCKET), event);
    }

    private static JsonNode invoke(ReportsHandler handler, String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext("request-1"));
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void theMonthlyScheduleSendsEveryReportForThePreviousMonth() throws IOException {
        JsonNode summary = invoke(InvocationEventTest.resource(InvocationEventTest.SCHEDULED));

        assertThat(summary.get("period").asText()).isEqualTo("2026-10");
        assertThat(ids(summary)).containsExactlyElementsOf(EXPECTED.keySet());
        assertThat(summary.get("reports")).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("sent");
            assertThat(r.get("error").isNull()).isTrue();
        });
        Map<String, SentEmail> sent = sentByReport();
        assertThat(sent.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        EXPECTED.forEach((id, expected) -> assertSent(id, expected, sent.get(id)));
        assertThat(textOf(sent.get("cfo"))).contains("$7,000–$9,000");
        for (String id : EXPECTED.keySet()) {
            // from S3 and SSM through SES, the same report as from the folder through the outbox
            assertThat(textOf(sent.get(id)).replace("\r\n", "\n")).as(id)
                    .isEqualTo(Files.readString(GOLDEN.resolve(id + ".txt")));
        }
        assertArchived(EXPECTED.keySet().stream().toList(), sent);
        assertLogged(8, "sent");
    }

    @Test
    void aConsoleEventRunsOnlyTheReportsItNames() throws IOException {
        JsonNode summary = invoke("{\"period\": \"2026-10\", \"only\": [\"cfo\"]}");

        assertThat(ids(summary)).containsExactly("cfo");
        Map<String, SentEmail> sent = sentByReport();
        assertThat(sent.keySet()).containsExactly("cfo");
        assertSent("cfo", EXPECTED.get("cfo"), sent.get("cfo"));
        assertThat(textOf(sent.get("cfo"))).contains("$7,000–$9,000");
        assertThat(archiveKeys()).containsExactlyInAnyOrder("archive/2026-10/cfo.eml", "archive/2026-10/cfo.html",
                "archive/2026-10/cfo.json", "archive/2026-10/summary.json");
    }

    @Test
    void aDryRunBuildsAndArchivesForLastMonthAndSendsNothing() throws IOException {
        JsonNode summary = invoke("{\"dryRun\": true}");

        assertThat(summary.get("period").asText()).isEqualTo("2026-10");
        assertThat(summary.get("reports")).hasSize(8)
                .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("skipped"));
        assertThat(emulator.sentEmails()).isEmpty();
        assertThat(archiveKeys()).hasSize(8 * 3 + 1).contains("archive/2026-10/summary.json");
    }

    @Test
    void aSecondInvocationForTheSamePeriodSendsNothingTwice() throws IOException {
        ReportsHandler handler = handler(BUCKET);
        invoke(handler, InvocationEventTest.resource(InvocationEventTest.SCHEDULED));

        JsonNode again = invoke(handler, "{\"period\": \"2026-10\", \"only\": [\"cfo\"]}");

        assertThat(again.get("reports").get(0).get("status").asText()).isEqualTo("skipped");
        assertThat(again.get("reports").get(0).get("error").asText()).startsWith("already sent at ");
        assertThat(emulator.sentEmails()).hasSize(8);
    }

    @Test
    void aReportWithMoreRecipientsThanSesTakesInOneMessageStopsTheRunBeforeAnythingIsSent() {
        // 50 addresses and the audit copy: one more than SES takes (partial failures: DeliveryFaultIT)
        String tooMany = IntStream.range(0, 50).mapToObj(i -> "cfo" + i + "@example.com").collect(Collectors.joining(","));
        putParameter("REPORT_CFO_TO", tooMany, ParameterType.SECURE_STRING);
        ReportsHandler handler = handler(BUCKET);

        assertThatThrownBy(() -> invoke(handler, "{\"only\": [\"ceo\", \"cfo\"]}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("REPORT_CFO_TO: report 'cfo' has 51 recipients (To, Cc and the audit Bcc) but SES"
                        + " takes at most 50 per message")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("cfo0@example.com"));
        assertThat(emulator.sentEmails()).isEmpty();
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("\"event\":\"run_failed\"")
                .doesNotContain("cfo0@example.com");
    }

    @Test
    void aMissingBucketIsAClearErrorAndNothingIsSent() {
        assertThatThrownBy(() -> invoke(handler("no-such-handoff-bucket"), "{}"))
                .hasMessageContaining("S3 bucket 'no-such-handoff-bucket' does not exist");
        assertThat(emulator.sentEmails()).isEmpty();
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("\"event\":\"run_failed\"");
    }

    @Test
    void aMissingSenderIsAClearErrorAndNothingIsSent() {
        clients.ssm().deleteParameter(r -> r.name("/exec-reports/SES_SENDER_ADDRESS"));

        assertThatThrownBy(() -> invoke("{}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ssm:/exec-reports/: SES_SENDER_ADDRESS: required");
        assertThat(emulator.sentEmails()).isEmpty();
    }

    @Test
    void anUnverifiedSenderIsAClearErrorAndNothingIsSent() {
        assumeTrue(emulator.checksSenderVerification(), emulator.name() + " treats every identity as verified");
        putParameter("SES_SENDER_ADDRESS", "someone@unverified.example", ParameterType.STRING);

        assertThatThrownBy(() -> invoke("{}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("SES sender someone@unverified.example is not verified in us-east-1");
        assertThat(emulator.sentEmails()).isEmpty();
    }

    @Test
    void anUnknownFieldInAConsoleEventIsAClearErrorAndNothingIsSent() {
        assertThatThrownBy(() -> invoke("{\"period\": \"2026-10\", \"onyl\": [\"cfo\"]}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("invocation event: unknown field 'onyl'");
        assertThat(emulator.sentEmails()).isEmpty();
    }

    private void assertSent(String id, Expected expected, SentEmail sent) {
        MimeMessage message = Mime.parse(sent.raw());
        try {
            assertThat(message.getSubject()).isEqualTo(expected.subject());
            assertThat(message.getHeader("Bcc")).isNull();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        assertThat(sent.source()).isEqualTo(SENDER);
        assertThat(sent.rawText()).doesNotContain(AUDIT); // the Bcc is in the envelope only
        if (emulator.recordsDestinations()) {
            assertThat(sent.recipients()).as(id).containsExactlyInAnyOrderElementsOf(expected.recipients());
        }
    }

    /** Every report's .eml, .html and .json, and summary.json; each .eml is the sent message plus its Bcc header. */
    private void assertArchived(List<String> ids, Map<String, SentEmail> sent) {
        List<String> expected = new ArrayList<>();
        for (String id : ids) {
            Stream.of(".eml", ".html", ".json").forEach(ext -> expected.add("archive/2026-10/" + id + ext));
        }
        expected.add("archive/2026-10/summary.json");
        assertThat(archiveKeys()).containsExactlyInAnyOrderElementsOf(expected);
        for (String id : ids) {
            String archived = new String(object("archive/2026-10/" + id + ".eml"), StandardCharsets.UTF_8);
            int bodyStart = archived.indexOf("\r\n\r\n");
            String headers = archived.substring(0, bodyStart + 2);
            assertThat(headers).containsOnlyOnce("Bcc: " + AUDIT + "\r\n");
            String withoutBcc = headers.replaceFirst("(?m)^Bcc: [^\r\n]*\r\n([ \t][^\r\n]*\r\n)*", "")
                    + archived.substring(bodyStart + 2);
            assertThat(withoutBcc).as(id).isEqualTo(sent.get(id).rawText());
        }
    }

    private void assertLogged(int reports, String status) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : logs.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(reports + 1);
        assertThat(lines.subList(0, reports)).allSatisfy(line -> {
            assertThat(line.get("event").asText()).isEqualTo("report");
            assertThat(line.get("status").asText()).isEqualTo(status);
            assertThat(line.get("request_id").asText()).isEqualTo("request-1");
        });
        JsonNode run = lines.get(reports);
        assertThat(run.get("event").asText()).isEqualTo("run");
        assertThat(run.get("period").asText()).isEqualTo("2026-10");
        assertThat(run.get(status).asInt()).isEqualTo(reports);
        assertThat(run.has("duration_ms")).isTrue();
        // counts, not addresses; and never a SecureString value (the CFO's recipients)
        String logged = logs.toString(StandardCharsets.UTF_8);
        EXPECTED.values().forEach(e -> e.recipients().forEach(address -> assertThat(logged).doesNotContain(address)));
    }

    private Map<String, SentEmail> sentByReport() {
        Map<String, SentEmail> byReport = new LinkedHashMap<>();
        for (SentEmail email : emulator.sentEmails()) {
            try {
                byReport.put(Mime.parse(email.raw()).getHeader("X-Exec-Reports-Report")[0], email);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return byReport;
    }

    private static String textOf(SentEmail email) {
        return Mime.part(Mime.parse(email.raw()), "text/plain");
    }

    /** The archived message, page and data files; chart PNGs and PDF copies are tested elsewhere. */
    private List<String> archiveKeys() {
        return clients.s3().listObjectsV2Paginator(r -> r.bucket(BUCKET).prefix("archive/")).contents().stream()
                .map(S3Object::key)
                .filter(key -> key.endsWith(".eml") || key.endsWith(".html") || key.endsWith(".json")).toList();
    }

    private byte[] object(String key) {
        return clients.s3().getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asByteArray();
    }

    private static List<String> ids(JsonNode summary) {
        List<String> ids = new ArrayList<>();
        summary.get("reports").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
