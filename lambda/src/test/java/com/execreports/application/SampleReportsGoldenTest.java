package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.testing.SampleData;
import com.execreports.application.RunSummary.Status;
import com.execreports.testing.Mime;
import com.execreports.testing.SampleRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sample data, run end to end through the outbox: every report's text part, HTML
 * part and JSON must equal its golden file, and the headline figures must be the ones of the
 * system this product replaces. Run with {@code -Dgolden.update=true} to rewrite the golden files
 * after an intended change, then review the diff.
 */
class SampleReportsGoldenTest {
    static final List<String> REPORTS = SampleData.REPORTS;
    static final Path GOLDEN = Path.of("src/test/resources/com/execreports/application/SampleReportsGoldenTest");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path outbox;
    static RunSummary summary;
    static Path period;

    @BeforeAll
    static void runSample() {
        summary = SampleRun.run(outbox);
        period = outbox.resolve("2026-10");
    }

    static Stream<String> reports() {
        return REPORTS.stream();
    }

    @Test
    void everyReportIsDeliveredAndSummarised() throws IOException {
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.reports()).extracting(RunSummary.ReportOutcome::id).containsExactlyElementsOf(REPORTS);
        assertThat(summary.reports()).allMatch(r -> r.status() == Status.SENT && r.error() == null);
        JsonNode json = JSON.readTree(period.resolve("summary.json").toFile());
        assertThat(json.get("period").asText()).isEqualTo("2026-10");
        assertThat(json.get("reports")).hasSize(8);
        JsonNode ceo = json.get("reports").get(0);
        assertThat(ceo.get("bcc").get(0).asText()).isEqualTo("audit@example.com");
        assertThat(ceo.get("message_id").asText()).startsWith("<2026-10.ceo.").endsWith("@example.com>");
        assertThat(ceo.get("error").isNull()).isTrue();
    }

    @Test
    void headlineFiguresMatchTheSystemThisReplaces() throws IOException {
        JsonNode ceo = figures("ceo");
        assertThat(ceo.get("critical_shortfalls").asLong()).isEqualTo(8);
        assertThat(ceo.get("missing_kpis").asLong()).isEqualTo(9);
        JsonNode cto = figures("cto");
        assertThat(cto.get("infra_spend_min").asLong()).isEqualTo(50);
        assertThat(cto.get("infra_spend_max").asLong()).isEqualTo(84);
        assertThat(cto.get("engineering_actions").asLong()).isEqualTo(10);
        JsonNode cmo = figures("cmo");
        assertThat(cmo.get("opportunity_min").isIntegralNumber()).isTrue();
        assertThat(cmo.get("opportunity_min").asLong()).isEqualTo(36_760_000L);
        assertThat(cmo.get("opportunity_max").asLong()).isEqualTo(183_800_000L);
        JsonNode cfo = figures("cfo");
        assertThat(cfo.get("burn_min").asLong()).isEqualTo(7000);
        assertThat(cfo.get("burn_max").asLong()).isEqualTo(9000);
        assertThat(cfo.get("portfolio_break_even_units").asLong()).isEqualTo(6);
        assertThat(cfo.get("policy_violations")).extracting(v -> v.get("rule").asText())
                .contains("marketing_requires_attribution", "min_revenue_per_hire");
        JsonNode accounting = figures("accounting");
        assertThat(accounting.get("revenue_recognition_gaps").asLong()).isPositive();
        assertThat(accounting.get("entities_without_accounting_system").asLong()).isEqualTo(4);
    }

    @Test
    void theCtoReportNamesTheKnownFindingsAndTheOtaSequenceIsInOrder() throws IOException {
        String cto = text("cto");
        assertThat(cto).contains("Stripe", "WAF", "availability calendar", "analytics", "CI/CD", "Apps Script");
        String cmo = text("cmo");
        assertThat(cmo.indexOf("Sailo")).isLessThan(cmo.indexOf("GetMyBoat"));
        assertThat(cmo.indexOf("GetMyBoat")).isLessThan(cmo.indexOf("Viator"));
        assertThat(cmo.indexOf("Viator")).isLessThan(cmo.indexOf("GuideMyGuide"));
    }

    @Test
    void theStaleRentalIsMarkedInJsonAndText() throws IOException {
        JsonNode rental = JSON.readTree(period.resolve("rental-3028-51st.json").toFile());
        assertThat(rental.get("entities").get(0).asText()).isEqualTo("rental-3028-51st");
        assertThat(rental.get("entity_details").get(0).get("stale").asBoolean()).isTrue();
        assertThat(text("rental-3028-51st")).contains("latest handoff describes September 2026");
    }

    @Test
    void thePlantedAccessKeyIsRedactedEverywhere() throws IOException {
        String key = "AKIA" + "IOSFODNN7EXAMPLE";
        try (Stream<Path> files = Files.list(period)) {
            for (Path f : files.toList()) {
                // PNGs and PDFs too: bytes as Latin-1, and a PDF's (compressed) text extracted
                String content = f.toString().endsWith(".pdf") ? pdfText(f)
                        : new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(content).as(f.getFileName().toString()).doesNotContain(key);
            }
        }
        assertThat(summary.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo("dangerouscentaur.md");
            assertThat(w.line()).isPositive();
            assertThat(w.message()).contains("redacted").doesNotContain(key);
        });
    }

    @ParameterizedTest
    @MethodSource("reports")
    void textPartMatchesGolden(String id) throws IOException {
        golden(id + ".txt", text(id));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void htmlMatchesGoldenAndEqualsTheHtmlPart(String id) throws IOException {
        String html = Files.readString(period.resolve(id + ".html"));
        String part = Mime.part(message(id), "text/html").replace("\r\n", "\n");
        // the email shows its charts by Content-ID, the page for a browser by the PNG files beside it
        String asPage = part.replaceAll("src=\"cid:([a-z0-9-]+)\\." + Pattern.quote(id) + "\\.2026-10@exec-reports\"",
                "src=\"" + Matcher.quoteReplacement(id) + ".$1.png\"");
        assertThat(asPage).isEqualTo(html);
        Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(html);
        while (src.find()) {
            assertThat(period.resolve(src.group(1))).as("image beside %s.html", id).isRegularFile();
        }
        golden(id + ".html", html);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void jsonMatchesGolden(String id) throws IOException {
        golden(id + ".json", Files.readString(period.resolve(id + ".json")));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static JsonNode figures(String id) throws IOException {
        return JSON.readTree(period.resolve(id + ".json").toFile()).get("figures");
    }

    private static MimeMessage message(String id) throws IOException {
        return Mime.parse(Files.readAllBytes(period.resolve(id + ".eml")));
    }

    private static String text(String id) throws IOException {
        return Mime.part(message(id), "text/plain").replace("\r\n", "\n");
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", name).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
