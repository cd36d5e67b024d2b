package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.testing.SampleData;
import com.execreports.adapter.inbound.FanOutSettings;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.emulator.SentEmail;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.domain.ConfigurationException;
import com.execreports.testing.Mime;
import com.execreports.testing.RepoPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Fan-out end to end against the emulator: the sample portfolio dispatched by {@link ReportsHandler}
 * with a threshold of 2, then worked off by {@link ReportWorkerHandler} the way Lambda's event
 * source mapping feeds it (receive up to ten, invoke, delete what the partial batch response does
 * not list). The report queue redrives to a dead-letter queue after three receives, as deployed.
 */
@ExtendWith(AwsEmulatorExtension.class)
class FanOutIT {
    static final String BUCKET = "exec-reports-fanout-test";
    static final String SENDER = "reports@example.com";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T13:00:00Z"), ZoneOffset.UTC);
    static final int MAX_RECEIVE_COUNT = 3;
    static final List<String> REPORTS = SampleData.REPORTS;
    static final ObjectMapper JSON = new ObjectMapper();

    private final AwsEmulator emulator;
    private final AwsClients clients;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private String queueUrl;
    private String deadLetterUrl;

    FanOutIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.clients = emulator.clients();
    }

    @BeforeEach
    void sampleDataKeysSenderAndQueues() throws IOException {
        emulator.reset();
        clients.s3().createBucket(r -> r.bucket(BUCKET));
        try (Stream<Path> files = Files.walk(RepoPaths.data())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = "handoffs/" + RepoPaths.data().relativize(file).toString().replace('\\', '/');
                clients.s3().putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromFile(file));
            }
        }
        new EnvFileKeySource(RepoPaths.data().resolve("demo.env"), "demo.env").load()
                .forEach((key, value) -> putParameter(key, value));
        clients.ses(null).verifyEmailIdentity(r -> r.emailAddress(SENDER));
        deadLetterUrl = clients.sqs().createQueue(r -> r.queueName("report-jobs-dlq")).queueUrl();
        String deadLetterArn = clients.sqs().getQueueAttributes(r -> r.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        // visibility 0: a job the worker gives back is offered again at once, instead of after minutes
        queueUrl = clients.sqs().createQueue(r -> r.queueName("report-jobs").attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "0",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterArn
                        + "\",\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\"}"))).queueUrl();
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    private void putParameter(String key, String value) {
        clients.ssm().putParameter(r -> r.name("/exec-reports/" + key).value(value).type(ParameterType.STRING)
                .overwrite(true));
    }

    private LambdaSettings settings() {
        return LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", BUCKET));
    }

    private JsonNode dispatch(int threshold, String event) throws IOException {
        ReportsHandler handler = new ReportsHandler(FunctionSettings.of(settings())
                .withFanOut(new FanOutSettings(Optional.of(queueUrl), threshold)), clients, CLOCK, log(),
                SendPacer.Ticker.SYSTEM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext("dispatch-1"));
        return JSON.readTree(out.toByteArray());
    }

    private JsonNode dispatchTheSchedule(int threshold) throws IOException {
        return dispatch(threshold, InvocationEventTest.resource(InvocationEventTest.SCHEDULED));
    }

    private ReportWorkerHandler worker() {
        return new ReportWorkerHandler(FunctionSettings.of(settings()), clients, CLOCK, log(), SendPacer.Ticker.SYSTEM);
    }

    private PrintStream log() {
        return new PrintStream(logs, true, StandardCharsets.UTF_8);
    }

    /** One poll of the event source mapping; returns the bodies the worker gave back. */
    private List<String> poll(ReportWorkerHandler worker) throws IOException {
        List<Message> messages = clients.sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        if (messages.isEmpty()) {
            return List.of();
        }
        Set<String> failed = invoke(worker, messages);
        for (Message m : messages) {
            if (!failed.contains(m.messageId())) {
                clients.sqs().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
        return messages.stream().filter(m -> failed.contains(m.messageId())).map(Message::body).toList();
    }

    /** The worker invoked with the event Lambda builds from these messages; the ids it lists as failed. */
    private Set<String> invoke(ReportWorkerHandler worker, List<Message> messages) throws IOException {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message m : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", m.messageId());
            record.put("receiptHandle", m.receiptHandle());
            record.put("body", m.body());
            record.putObject("attributes").put("ApproximateReceiveCount",
                    m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            record.putObject("messageAttributes");
            record.put("md5OfBody", m.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:report-jobs");
            record.put("awsRegion", "us-east-1");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        worker.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, new TestContext("work-1"));
        Set<String> failed = new java.util.HashSet<>();
        JSON.readTree(out.toByteArray()).get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
        return failed;
    }

    /** Polls until the queue is empty; returns every body given back on the way. */
    private List<String> drain(ReportWorkerHandler worker) throws IOException {
        List<String> givenBack = new ArrayList<>();
        for (int polls = 0; polls < 20 && messagesIn(queueUrl) > 0; polls++) {
            givenBack.addAll(poll(worker));
        }
        assertThat(messagesIn(queueUrl)).as("messages left in the report queue").isZero();
        return givenBack;
    }

    private int messagesIn(String url) {
        return Integer.parseInt(clients.sqs().getQueueAttributes(r -> r.queueUrl(url)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private void send(String body) {
        clients.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
    }

    @Test
    void aScheduledRunAboveTheThresholdIsDispatchedAndEveryReportSentOnceByTheWorkers() throws IOException {
        JsonNode summary = dispatchTheSchedule(2);

        assertThat(summary.get("period").asText()).isEqualTo("2026-10");
        assertThat(summary.get("reports")).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(REPORTS);
        assertThat(summary.get("reports")).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("skipped");
            assertThat(r.get("error").asText()).startsWith("dispatched to the report queue");
        });
        assertThat(emulator.sentEmails()).isEmpty();
        assertThat(messagesIn(queueUrl)).isEqualTo(8);
        assertThat(archiveKeys()).containsExactly("archive/2026-10/summary.json");

        assertThat(drain(worker())).isEmpty();

        assertThat(sentReports()).containsExactlyInAnyOrderElementsOf(REPORTS);
        List<String> archived = new ArrayList<>(List.of("archive/2026-10/summary.json"));
        for (String id : REPORTS) {
            Stream.of(".eml", ".html", ".json").forEach(ext -> archived.add("archive/2026-10/" + id + ext));
            archived.add("archive/2026-10/" + id + ".summary.json");
        }
        assertThat(archiveKeys()).containsExactlyInAnyOrderElementsOf(archived);
        JsonNode cfo = JSON.readTree(object("archive/2026-10/cfo.summary.json"));
        assertThat(cfo.get("reports")).singleElement().satisfies(r -> {
            assertThat(r.get("id").asText()).isEqualTo("cfo");
            assertThat(r.get("status").asText()).isEqualTo("sent");
        });
        // the dispatcher's summary is not overwritten by any worker
        assertThat(JSON.readTree(object("archive/2026-10/summary.json"))).isEqualTo(summary);
        assertThat(messagesIn(deadLetterUrl)).isZero();
    }

    @Test
    void aRunAtTheThresholdIsNotDispatched() throws IOException {
        JsonNode summary = dispatchTheSchedule(8);

        assertThat(summary.get("reports")).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("sent"));
        assertThat(sentReports()).containsExactlyInAnyOrderElementsOf(REPORTS);
        assertThat(messagesIn(queueUrl)).isZero();
    }

    @Test
    void aJobHandedOutTwiceAndARepeatedDispatchSendNothingTwice() throws IOException {
        dispatchTheSchedule(2);
        ReportWorkerHandler worker = worker();
        List<Message> first = clients.sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(3)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        assertThat(invoke(worker, first)).isEmpty();
        // the same records again, as after a worker timed out before SQS deleted them
        assertThat(invoke(worker, first)).isEmpty();
        dispatchTheSchedule(2); // as the schedule's retry after a failed dispatch would

        assertThat(drain(worker)).isEmpty();

        assertThat(sentReports()).containsExactlyInAnyOrderElementsOf(REPORTS);
        String id = JSON.readTree(first.get(0).body()).get("reportId").asText();
        JsonNode again = JSON.readTree(object("archive/2026-10/" + id + ".summary.json")).get("reports").get(0);
        assertThat(again.get("status").asText()).isEqualTo("skipped");
        assertThat(again.get("error").asText()).startsWith("already sent at ");
    }

    @Test
    void aPoisonedJobIsGivenBackUntilSqsMovesItToTheDeadLetterQueue() throws IOException {
        send("{not json");
        send("{\"period\": \"2026-10\", \"reportId\": \"no-such-report\"}");
        send("{\"period\": \"2026-10\", \"reportId\": \"cfo\"}");
        ReportWorkerHandler worker = worker();

        List<String> givenBack = drain(worker);

        assertThat(givenBack).containsExactly(
                "{not json", "{\"period\": \"2026-10\", \"reportId\": \"no-such-report\"}",
                "{not json", "{\"period\": \"2026-10\", \"reportId\": \"no-such-report\"}",
                "{not json", "{\"period\": \"2026-10\", \"reportId\": \"no-such-report\"}");
        assertThat(sentReports()).containsExactly("cfo");
        assertThat(messagesIn(deadLetterUrl)).isEqualTo(2);
        List<String> dead = clients.sqs().receiveMessage(r -> r.queueUrl(deadLetterUrl).maxNumberOfMessages(10))
                .messages().stream().map(Message::body).toList();
        assertThat(dead).containsExactlyInAnyOrder("{not json",
                "{\"period\": \"2026-10\", \"reportId\": \"no-such-report\"}");
        List<JsonNode> failures = logLines("job_failed");
        assertThat(failures).extracting(l -> l.get("receive_count").asInt()).containsExactly(1, 1, 2, 2, 3, 3);
        assertThat(failures.get(0).get("error").asText()).startsWith("job: not valid JSON");
        assertThat(failures.get(1).get("error").asText()).isEqualTo("--only: no report 'no-such-report' in reports.yml");
    }

    @Test
    void aReportThatFailsIsGivenBackAndSentByALaterAttempt() throws IOException {
        dispatch(0, "{\"only\": [\"cfo\"]}");
        // the sender loses its verification after dispatch: SES rejects the send, a definite failure
        clients.ses(null).deleteIdentity(r -> r.identity(SENDER));

        assertThat(poll(worker())).singleElement().satisfies(body -> assertThat(body).contains("\"cfo\""));
        assertThat(sentReports()).isEmpty();
        clients.ses(null).verifyEmailIdentity(r -> r.emailAddress(SENDER));

        // the ledger holds cfo as failed, so the next attempt tries it again
        assertThat(drain(worker())).isEmpty();
        assertThat(sentReports()).containsExactly("cfo");
    }

    @Test
    void aDryRunIsDispatchedAsDryRunJobs() throws IOException {
        dispatch(2, "{\"dryRun\": true}");

        assertThat(drain(worker())).isEmpty();

        assertThat(emulator.sentEmails()).isEmpty();
        assertThat(archiveKeys()).hasSize(1 + 8 * 4).contains("archive/2026-10/cfo.eml");
    }

    @Test
    void aBadConfigurationDispatchesNothing() {
        clients.ssm().deleteParameter(r -> r.name("/exec-reports/REPORT_CMO_TO"));

        assertThatThrownBy(() -> dispatchTheSchedule(2))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("REPORT_CMO_TO: report 'cmo' has no recipients");
        assertThat(messagesIn(queueUrl)).isZero();
        assertThat(archiveKeys()).isEmpty();
    }

    private List<String> sentReports() {
        List<String> ids = new ArrayList<>();
        for (SentEmail email : emulator.sentEmails()) {
            try {
                ids.add(Mime.parse(email.raw()).getHeader("X-Exec-Reports-Report")[0]);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return ids;
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

    private List<JsonNode> logLines(String event) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : logs.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode node = JSON.readTree(line);
            if (node.get("event").asText().equals(event)) {
                lines.add(node);
            }
        }
        return lines;
    }
}
