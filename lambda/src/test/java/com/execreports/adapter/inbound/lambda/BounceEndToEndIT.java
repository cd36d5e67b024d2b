package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.inbound.cli.ExecReportsCli;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.application.DeliveryEvents;
import com.execreports.application.CheckedRun;
import com.execreports.application.ReportRun;
import com.execreports.application.RunPreflight;
import com.execreports.engine.pack.ReportPackager;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.DeliveryAlarm;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SampleRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import com.execreports.domain.ReportingPeriod;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounce end to end, with the event JSON exactly as AWS documents it (see
 * {@code src/test/resources/ses-events/README.md}): the eight sample reports go out through a
 * transport that answers with SES message ids, the documented Bounce record arrives through
 * EventBridge for the CFO's report, and its ledger entry turns {@code bounced}, the alarm names
 * {@code cfo} and {@code REPORT_CFO_TO} (never the address), {@code history} shows it, and the next
 * month's run says "8 sent, 7 delivered, 1 bounced: cfo" in its summary and the CEO report.
 */
class BounceEndToEndIT {
    /** The message id of every documented example record. */
    static final String DOCUMENTED_ID = "EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private Path outbox;
    private Path env;
    private final List<String> alarms = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    /** Answers like SES: the CFO's report gets the documented id, the others ids of the same form. */
    static final class SesLikeTransport implements Transport {
        @Override
        public String name() {
            return "ses-like";
        }

        @Override
        public List<Warning> preflight(String sender, int recipientCount) {
            return List.of();
        }

        @Override
        public String deliver(OutgoingMessage message) {
            return idOf(message.reportId());
        }
    }

    static String idOf(String reportId) {
        return reportId.equals("cfo") ? DOCUMENTED_ID : "EXAMPLE-" + reportId + "-000000";
    }

    @BeforeEach
    void setUp() throws IOException {
        outbox = work.resolve("out");
        env = work.resolve("test.env");
        // the documented records bounce recipient@example.com: that is the CFO's address here
        String keys = Files.readString(RepoPaths.data().resolve("demo.env"))
                .replace("REPORT_CFO_TO=cfo@example.com", "REPORT_CFO_TO=recipient@example.com");
        Files.writeString(env, keys);
    }

    private RunSummary run(ReportingPeriod period, Instant at, Transport transport) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        CheckedRun checked = new RunPreflight(new FolderHandoffSource(RepoPaths.data(), "data"),
                new EnvFileKeySource(env, "test.env"), transport).check(new RunRequest(period, List.of(), false));
        return new ReportRun(new ReportPackager(clock), transport, new FolderArchive(outbox), new FolderLedger(outbox),
                SampleRun.SILENT, clock).deliver(checked);
    }

    private DeliveryEventsHandler handler() {
        DeliveryAlarm alarm = (subject, message) -> alarms.add(subject + "\n" + message);
        return new DeliveryEventsHandler(new DeliveryEvents(new FolderLedger(outbox),
                new EnvFileKeySource(env, "test.env"), alarm), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = BounceEndToEndIT.class.getResourceAsStream("/ses-events/" + name)) {
            return JSON.readTree(in);
        }
    }

    /** The documented record as the detail of an EventBridge event. */
    static byte[] viaEventBridge(JsonNode record, String detailType) throws IOException {
        ObjectNode envelope = (ObjectNode) fixture("eventbridge-envelope.json");
        envelope.put("detail-type", detailType);
        envelope.set("detail", record);
        return JSON.writeValueAsBytes(envelope);
    }

    /** The documented record as the message of an SNS notification to Lambda. */
    static byte[] viaSns(JsonNode record) throws IOException {
        ObjectNode envelope = (ObjectNode) fixture("sns-envelope.json");
        ((ObjectNode) envelope.path("Records").get(0).path("Sns")).put("Message", JSON.writeValueAsString(record));
        return JSON.writeValueAsBytes(envelope);
    }

    private JsonNode invoke(byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler().handleRequest(new ByteArrayInputStream(event), out, null);
        return JSON.readTree(out.toByteArray());
    }

    private Ledger.Entry entry(String period, String id) throws IOException {
        return new FolderLedger(outbox).read(period, id).orElseThrow().entry();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        int code = ExecReportsCli.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void aBounceTurnsTheEntryBouncedRaisesTheAlarmAndShowsInHistoryAndTheNextRun() throws Exception {
        RunSummary october = run(ReportingPeriod.of(2026, 10), Instant.parse("2026-11-01T13:00:00Z"), new SesLikeTransport());
        assertThat(october.count(Status.SENT)).isEqualTo(8);
        assertThat(entry("2026-10", "cfo").state()).isEqualTo(Ledger.State.SENT);
        assertThat(entry("2026-10", "cfo").recipients()).isEqualTo(2); // To and the audit Bcc

        JsonNode result = invoke(viaEventBridge(fixture("bounce.json"), "Email Bounced"));

        Ledger.Entry cfo = entry("2026-10", "cfo");
        assertThat(cfo.state()).isEqualTo(Ledger.State.BOUNCED);
        assertThat(cfo.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("bounce");
            assertThat(e.recipient()).isEqualTo("recipient@example.com");
            assertThat(e.recipientKey()).isEqualTo("REPORT_CFO_TO");
            assertThat(e.detail()).isEqualTo("Permanent/General");
            assertThat(e.time()).isEqualTo(Instant.parse("2017-08-05T00:41:02.669Z"));
        });
        assertThat(result.path("events").get(0).path("report").asText()).isEqualTo("cfo");
        // the alarm: the report and the key, never the address
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a).contains("report cfo for 2026-10").contains("REPORT_CFO_TO").contains("Permanent/General")
                    .contains("--resend cfo");
            assertThat(a).doesNotContain("recipient@example.com");
        });
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("\"alarm\":true").contains("\"report\":\"cfo\"")
                .doesNotContain("recipient@example.com");

        // EventBridge delivers at least once: the same event again changes nothing and alarms no one
        invoke(viaEventBridge(fixture("bounce.json"), "Email Bounced"));
        assertThat(entry("2026-10", "cfo").events()).hasSize(1);
        assertThat(alarms).hasSize(1);

        // the other seven were delivered: the documented Delivery record, each with its message id
        for (String id : SampleDeployment.REPORTS) {
            if (!id.equals("cfo")) {
                ObjectNode delivery = (ObjectNode) fixture("delivery.json");
                ((ObjectNode) delivery.path("mail")).put("messageId", idOf(id));
                invoke(viaSns(delivery));
                assertThat(entry("2026-10", id).state()).as(id).isEqualTo(Ledger.State.DELIVERED);
            }
        }
        // a later delivery event does not hide the bounce
        invoke(viaEventBridge(fixture("delivery.json"), "Email Delivered"));
        assertThat(entry("2026-10", "cfo").state()).isEqualTo(Ledger.State.BOUNCED);

        String history = cli("history", "--outbox", outbox.toString(), "--period", "2026-10");
        assertThat(history).contains("2026-10").containsPattern("cfo\\s+bounced").contains("REPORT_CFO_TO")
                .contains("Permanent/General").contains(DOCUMENTED_ID).containsPattern("ceo\\s+delivered")
                .doesNotContain("recipient@example.com");
        JsonNode historyJson = JSON.readTree(cli("history", "--outbox", outbox.toString(), "--json"));
        JsonNode reports = historyJson.path("periods").get(0).path("reports");
        assertThat(reports).hasSize(8);
        JsonNode cfoJson = null;
        for (JsonNode r : reports) {
            if (r.path("id").asText().equals("cfo")) {
                cfoJson = r;
            }
        }
        assertThat(cfoJson.path("status").asText()).isEqualTo("bounced");
        assertThat(cfoJson.path("recipients").asInt()).isEqualTo(2);
        assertThat(cfoJson.path("events").get(0).path("recipient_key").asText()).isEqualTo("REPORT_CFO_TO");

        RunSummary november = run(ReportingPeriod.of(2026, 11), Instant.parse("2026-12-01T13:00:00Z"),
                new SesLikeTransport());

        String line = "8 sent, 7 delivered, 1 bounced: cfo";
        assertThat(november.previous().line()).isEqualTo(line);
        JsonNode summary = JSON.readTree(outbox.resolve("2026-11/summary.json").toFile());
        assertThat(summary.path("last_month_delivery").path("period").asText()).isEqualTo("2026-10");
        assertThat(summary.path("last_month_delivery").path("text").asText()).isEqualTo(line);
        assertThat(summary.path("last_month_delivery").path("bounced").get(0).asText()).isEqualTo("cfo");
        assertThat(Files.readString(outbox.resolve("2026-11/ceo.html"))).contains("October 2026: " + line);
        assertThat(Files.readString(outbox.resolve("2026-11/ceo.eml"))).contains("Last month");
        // only the CEO report carries the line
        assertThat(Files.readString(outbox.resolve("2026-11/cfo.html"))).doesNotContain(line);
    }

    @Test
    void aComplaintThroughSnsAlarmsAndARejectNeedsNoRecipient() throws Exception {
        run(ReportingPeriod.of(2026, 10), Instant.parse("2026-11-01T13:00:00Z"), new SesLikeTransport());

        invoke(viaSns(fixture("complaint.json")));

        assertThat(entry("2026-10", "cfo").state()).isEqualTo(Ledger.State.COMPLAINED);
        assertThat(alarms).singleElement().satisfies(a -> assertThat(a).contains("complaint (abuse)")
                .contains("REPORT_CFO_TO").doesNotContain("recipient@example.com"));

        invoke(viaEventBridge(fixture("delivery-delay.json"), "Email Delivery Delayed"));
        assertThat(entry("2026-10", "cfo").state()).isEqualTo(Ledger.State.COMPLAINED);
        assertThat(entry("2026-10", "cfo").events()).extracting(Ledger.Event::type)
                .containsExactly("complaint", "delivery_delay");
        assertThat(alarms).hasSize(1);
    }

    @Test
    void eventsForMessagesItDidNotSendAreLeftAloneAndSendAndOpenAreIgnored() throws Exception {
        JsonNode result = invoke(viaEventBridge(fixture("bounce.json"), "Email Bounced"));

        assertThat(result.path("events").get(0).path("recorded").asBoolean()).isFalse();
        assertThat(result.path("events").get(0).path("note").asText()).contains("no report was sent");
        assertThat(alarms).isEmpty();
    }

    @Test
    void everyDocumentedRecordParses() throws Exception {
        assertThat(SesEventJson.parse(JSON.writeValueAsBytes(fixture("reject.json")))).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(com.execreports.application.ProviderEvent.Kind.REJECT);
                    assertThat(e.detail()).isEqualTo("Bad content");
                    assertThat(e.alarming()).isTrue();
                });
        assertThat(SesEventJson.parse(JSON.writeValueAsBytes(fixture("rendering-failure.json")))).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("attributeName"));
        assertThat(SesEventJson.parse(JSON.writeValueAsBytes(fixture("delivery-delay.json")))).singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).isEqualTo("TransientCommunicationFailure");
                    assertThat(e.alarming()).isFalse();
                    assertThat(e.recipients()).containsExactly("recipient@example.com");
                });
        assertThat(SesEventJson.parse(JSON.writeValueAsBytes(fixture("delivery.json")))).singleElement()
                .satisfies(e -> assertThat(e.providerMessageId()).isEqualTo(DOCUMENTED_ID));
    }
}
