package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.engine.pack.ReportPackager;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.testing.Mime;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SampleRun;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attach_pdf}: the PDF copy travels with the message and is archived beside it; a message
 * over the size limit fails alone, before delivery, and the other reports go out.
 */
class AttachmentsAndSizeLimitTest {
    @TempDir
    static Path outbox;
    static Path period;

    @BeforeAll
    static void run() {
        SampleRun.run(outbox);
        period = outbox.resolve("2026-10");
    }

    @Test
    void theCfoMessageCarriesItsPdfCopyWithTheChartInIt() throws Exception {
        MimeMessage message = Mime.parse(Files.readAllBytes(period.resolve("cfo.eml")));
        Part pdfPart = Mime.leaves(message).stream().filter(p -> isMime(p, "application/pdf")).findFirst().orElseThrow();
        assertThat(pdfPart.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdfPart.getFileName()).isEqualTo("cfo.pdf");
        byte[] pdf = pdfPart.getInputStream().readAllBytes();
        assertThat(pdf).isEqualTo(Files.readAllBytes(period.resolve("cfo.pdf")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CFO report", "Monthly burn", "Policy checks", "$7,000–$9,000");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f); // US Letter
            long images = 0;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("the chart on the first page").isEqualTo(1);
        }
    }

    @Test
    void onlyTheReportsThatAskForItGetAPdf() throws IOException {
        try (var files = Files.list(period)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pdf")))
                    .containsExactlyInAnyOrder("cfo.pdf", "rental-3028-51st.pdf");
        }
    }

    @Test
    void aMessageOverTheLimitFailsAloneBeforeDeliveryWithAClearError(@TempDir Path small) throws IOException {
        // the CFO message (with its PDF) is the largest of the sample; a limit a little under it fails it
        // alone (a little: MIME boundaries differ in length from run to run)
        long limit = Files.size(period.resolve("cfo.eml")) - 2_000;
        try (var files = Files.list(period)) {
            assertThat(files.filter(f -> f.toString().endsWith(".eml") && !f.endsWith("cfo.eml")))
                    .allSatisfy(f -> assertThat(Files.size(f)).isLessThan(limit - 2_000));
        }
        Path data = RepoPaths.data();
        RunSummary summary = SampleRun.run(data, small, new OutboxTransport(),
                new RunRequest(SampleRun.PERIOD, List.of(), false), new ReportPackager(SampleRun.CLOCK, limit));

        Map<String, ReportOutcome> outcomes = summary.reports().stream()
                .collect(Collectors.toMap(ReportOutcome::id, o -> o));
        assertThat(outcomes).hasSize(8);
        for (ReportOutcome o : outcomes.values()) {
            if (o.id().equals("cfo")) {
                assertThat(o.status()).isEqualTo(Status.FAILED);
                assertThat(o.messageId()).isNull();
                assertThat(o.error()).contains("not sent", "bytes", "limit", "attach_pdf", o.id());
                assertThat(small.resolve("2026-10").resolve(o.id() + ".eml")).doesNotExist();
                assertThat(small.resolve("2026-10").resolve(o.id() + ".html")).exists();
            } else {
                assertThat(o.status()).as(o.id()).isEqualTo(Status.SENT);
            }
        }
        assertThat(summary.exitCode()).isEqualTo(ExitCodes.DELIVERY_FAILED);
        assertThat(Files.readString(small.resolve("2026-10/summary.json"))).contains("\"failed\"", "attach_pdf");
    }

    @Test
    void theDefaultLimitIsSesTenMegabytes() {
        assertThat(ReportPackager.MAX_MESSAGE_BYTES).isEqualTo(10_000_000L);
    }

    private static boolean isMime(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
