package com.execreports.adapter.inbound.lambda;

import static com.execreports.adapter.outbound.aws.inspect.TestAccount.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.inspect.TestAccount;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.application.InspectionConfig;
import com.execreports.testing.Mime;
import com.execreports.testing.RepoPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The monthly run with live AWS inspection on, against the emulator: the sample data in S3 and
 * SSM as in {@link ReportsHandlerIT}, and an account holding the sample businesses' resources
 * ({@link TestAccount#sampleBusinesses}). Each live finding reaches the reports of its entity and
 * its persona's areas, the unassigned ones only the CEO's and the CTO's, the month's bill the CTO's
 * and the CFO's; the planted key's value reaches nothing. Turned off, the reports are the golden ones.
 */
@ExtendWith(AwsEmulatorExtension.class)
class InspectedReportsHandlerIT {
    static final String BUCKET = ReportsHandlerIT.BUCKET;
    static final ReportingPeriod OCTOBER = ReportingPeriod.of(2026, 10);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JADA_KEY_FINDING = "Lambda function 'jada-booking' holds a credential in environment"
            + " variable STRIPE_SECRET_KEY (value not shown)";

    private final AwsEmulator emulator;
    private final AwsClients clients;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    InspectedReportsHandlerIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.clients = emulator.clients();
    }

    @BeforeEach
    void sampleDataKeysSenderAndAccount() throws IOException {
        assumeTrue(emulator.servesAccountInspection(), emulator.name() + " serves no Cost Explorer or WAFv2");
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
        new TestAccount(emulator, clients).sampleBusinesses(OCTOBER)
                // Dangerous Centaur's own table, and a function tagged for a business with no handoff
                .table("dc-leads", tag("entity", "dangerouscentaur"), false)
                .function("oldbiz-api", "java21", Map.of(), tag("entity", "oldbiz"), null);
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    private void putParameter(String key, String value) {
        clients.ssm().putParameter(r -> r.name("/exec-reports/" + key).value(value).type(ParameterType.STRING)
                .overwrite(true));
    }

    private JsonNode invoke(InspectionConfig deployment) throws IOException {
        LambdaSettings settings = LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", BUCKET));
        ReportsHandler handler = new ReportsHandler(FunctionSettings.of(settings).withInspection(deployment), clients,
                ReportsHandlerIT.CLOCK, new PrintStream(logs, true, StandardCharsets.UTF_8), SendPacer.Ticker.SYSTEM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream("{\"period\": \"2026-10\"}".getBytes(StandardCharsets.UTF_8)),
                out, new TestContext("request-inspect"));
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void theCtoReportShowsEachLiveFindingUnderItsEntityAndTheUnassignedGroup() throws IOException {
        invoke(new InspectionConfig(true, "entity"));

        // the text part: the email's HTML is the short version (the full report is in the PDF)
        String cto = text("cto");
        assertThat(cto).has(finding("critical", "JADA", "security", JADA_KEY_FINDING));
        assertThat(cto).has(finding("high", "JADA", "engineering", "Lambda function 'jada-booking' runs on python3.8"));
        assertThat(cto).has(finding("medium", "JADA", "infrastructure", "DynamoDB table 'jada-bookings' has no"));
        assertThat(cto).has(finding("high", "JADA", "security", "No AWS WAF web ACL screens function URL of 'jada-booking'"));
        assertThat(cto).has(finding("medium", "DangerousCentaur", "infrastructure", "DynamoDB table 'dc-leads'"));
        assertThat(cto).has(finding("critical", "Unassigned AWS resources", "security",
                "Lambda function 'legacy-cron' holds a credential in environment variable DB_PASSWORD"));
        assertThat(cto).has(finding("high", "Unassigned AWS resources", "engineering", "The SES account in us-east-1"));
        assertThat(cto).contains("Live AWS inspection", "oldbiz-api", "qsd-charters", "point-in-time recovery on");
        JsonNode figures = json("cto").get("figures");
        assertThat(figures.get("observed_infra_spend").decimalValue()).isEqualByComparingTo("37.45");
        assertThat(figures.get("account_findings").asInt()).isEqualTo(8);
        assertThat(figures.get("infra_spend_max").asInt()).isEqualTo(84); // the handoffs' estimate is unchanged
    }

    @Test
    void theCeoSeesTheCriticalOnesAndOtherPersonasNoneOfTheSecurityFindings() throws IOException {
        invoke(new InspectionConfig(true, "entity"));

        assertThat(text("ceo")).has(finding(null, "JADA", "security", JADA_KEY_FINDING))
                .has(finding(null, "Unassigned AWS resources", "security", "Lambda function 'legacy-cron'"));
        // 8 from the handoffs, JADA's key and the untagged cron job's password
        assertThat(json("ceo").get("figures").get("critical_shortfalls").asInt()).isEqualTo(10);
        for (String id : new String[] {"accounting", "cmo", "cfo", "rental-3028-51st", "expert-yacht-delivery"}) {
            assertThat(everything(id)).as(id).doesNotContain("jada-booking", "legacy-cron", "Unassigned AWS",
                    "No AWS WAF", "point-in-time", "SES account");
        }
        assertThat(everything("dangerouscentaur-portfolio")).contains("DynamoDB table 'dc-leads'")
                .doesNotContain("jada-booking", "legacy-cron", "Unassigned AWS");
    }

    @Test
    void theCfoSeesTheMonthsBillBesideTheHandoffEstimates() throws IOException {
        invoke(new InspectionConfig(true, "entity"));

        String cfo = html("cfo");
        assertThat(cfo).contains("Infrastructure: estimate and AWS bill")
                .has(row("JADA", "$14–$27", "$12.35")).has(row("Queen of San Diego", "$9–$16", "$20"))
                .has(row("Total", "$50–$84", "$32.35"));
        assertThat(json("cfo").get("figures").get("observed_infra_spend").decimalValue()).isEqualByComparingTo("32.35");
    }

    @Test
    void theKeysValueAppearsInNoReportArchiveSummaryOrLog() throws IOException {
        JsonNode summary = invoke(new InspectionConfig(true, "entity"));

        // Each sent message is its archived .eml less the Bcc header (ReportsHandlerIT), so the archive
        // stands for the mail: moto cannot dump its state, where sent mail is read from, once it has
        // held a Lambda function (its dump touches Docker).
        assertThat(summary.get("reports")).hasSize(8);
        for (String key : new String[] {TestAccount.STRIPE_KEY, TestAccount.DB_PASSWORD}) {
            assertThat(summary.toString()).doesNotContain(key);
            assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain(key);
            for (String object : archiveKeys()) {
                assertThat(new String(object(object), StandardCharsets.UTF_8)).as(object).doesNotContain(key);
            }
        }
        assertThat(summary.get("reports")).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("sent"));
        assertThat(summary.get("warnings").toString())
                .contains("AWS resources tagged entity=oldbiz belong to no entity with a handoff");
    }

    @Test
    void theKeysTurnInspectionOffAndTheReportsAreTheGoldenOnes() throws IOException {
        putParameter("INSPECT_AWS", "false");

        invoke(new InspectionConfig(true, "entity"));

        for (String id : ReportsHandlerIT.EXPECTED.keySet()) {
            assertThat(text(id)).as(id).isEqualTo(Files.readString(ReportsHandlerIT.GOLDEN.resolve(id + ".txt")));
            assertThat(html(id)).as(id).isEqualTo(Files.readString(ReportsHandlerIT.GOLDEN.resolve(id + ".html")));
        }
    }

    @Test
    void theKeysTurnInspectionOnWithAnotherTag() throws IOException {
        putParameter("INSPECT_AWS", "true");
        putParameter("INSPECT_TAG_KEY", "business");

        invoke(InspectionConfig.OFF);

        // nothing carries the tag "business": every resource is unassigned, no entity has a live finding
        String cto = text("cto");
        assertThat(cto).has(finding("critical", "Unassigned AWS resources", "security", JADA_KEY_FINDING));
        assertThat(cto).doesNotHave(finding("critical", "JADA", "security", JADA_KEY_FINDING));
    }

    /**
     * Whether a table of the HTML has a row whose cells are {@code cells}, the last one only as the
     * start of its cell (finding texts are long).
     */
    private static boolean hasRow(String html, String... cells) {
        Matcher rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (rows.find()) {
            List<String> row = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(rows.group(1));
            while (cell.find()) {
                row.add(cell.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&#39;", "'").replace("&amp;", "&").strip());
            }
            if (row.size() >= cells.length && row.subList(0, cells.length - 1).equals(List.of(cells)
                    .subList(0, cells.length - 1)) && row.get(cells.length - 1).startsWith(cells[cells.length - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A finding of the text part: {@code - [severity] (New: )text…} then {@code Entity: … · Area: …}
     * (the CEO's shortfalls carry no severity), whatever the 72-column wrapping.
     */
    private static Condition<String> finding(String severity, String entity, String area, String start) {
        Pattern p = Pattern.compile("^- " + (severity == null ? "" : Pattern.quote("[" + severity + "] "))
                + "(New: )?" + Pattern.quote(start) + ".* Entity: " + Pattern.quote(entity) + " · Area: "
                + Pattern.quote(area) + "( ·.*)?$", Pattern.MULTILINE);
        // one line per item: the wrapped lines and the Entity line are indented under their bullet
        return new Condition<>(text -> p.matcher(text.replaceAll("\n +", " ")).find(),
                "a finding " + severity + " | " + entity + " | " + area + " | " + start);
    }

    private static Condition<String> row(String... cells) {
        return new Condition<>(html -> hasRow(html, cells), "a row " + String.join(" | ", cells));
    }

    private String html(String id) {
        return new String(object("archive/2026-10/" + id + ".html"), StandardCharsets.UTF_8);
    }

    private String text(String id) {
        return Mime.part(Mime.parse(object("archive/2026-10/" + id + ".eml")), "text/plain").replace("\r\n", "\n");
    }

    private JsonNode json(String id) throws IOException {
        return JSON.readTree(object("archive/2026-10/" + id + ".json"));
    }

    private String everything(String id) throws IOException {
        return html(id) + text(id) + json(id);
    }

    private List<String> archiveKeys() {
        return clients.s3().listObjectsV2Paginator(r -> r.bucket(BUCKET).prefix("archive/")).contents().stream()
                .map(S3Object::key).toList();
    }

    private byte[] object(String key) {
        return clients.s3().getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asByteArray();
    }
}
