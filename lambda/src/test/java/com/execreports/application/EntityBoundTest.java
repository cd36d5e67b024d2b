package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.bench.PortfolioGenerator;
import com.execreports.testing.Mime;
import com.execreports.testing.SampleRun;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * max_entities_shown: a report over more entities shows the N that matter most and a total of the
 * rest, with every entity in an attached (and archived) CSV; a report within the bound is as before.
 */
class EntityBoundTest {
    static final int ENTITIES = 40;
    static final int SHOWN = 6;

    @TempDir
    static Path tmp;
    static Path period;

    @BeforeAll
    static void run() throws Exception {
        Path data = tmp.resolve("data");
        PortfolioGenerator.write(data, ENTITIES, 7);
        Path yml = data.resolve("reports.yml");
        Files.writeString(yml, "max_entities_shown: " + SHOWN + "\n" + Files.readString(yml));
        RunSummary summary = SampleRun.run(data, tmp.resolve("out"), List.of("ceo", "cfo", "s-entity-00001"));
        assertThat(summary.exitCode()).isZero();
        period = tmp.resolve("out").resolve("2026-10");
    }

    @Test
    void aReportOverTheBoundSaysSoAndTotalsTheRest() throws Exception {
        String html = Files.readString(period.resolve("ceo.html"));
        assertThat(html).contains("covers 40 entities", "the " + SHOWN + " that matter most", "The other 34 entities",
                "All 40", "ceo-entities.csv");
    }

    @Test
    void everyEntityIsInTheCsvRankedAndItIsAttachedAndArchived() throws Exception {
        byte[] archived = Files.readAllBytes(period.resolve("ceo-entities.csv"));
        MimeMessage message = Mime.parse(Files.readAllBytes(period.resolve("ceo.eml")));
        Part csvPart = Mime.leaves(message).stream().filter(p -> fileName(p).equals("ceo-entities.csv"))
                .findFirst().orElseThrow();
        assertThat(csvPart.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(csvPart.getInputStream().readAllBytes()).isEqualTo(archived);

        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new String(archived, StandardCharsets.UTF_8))) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(ENTITIES);
            assertThat(all.stream().filter(r -> r.get("shown").equals("yes"))).hasSize(SHOWN);
            for (int i = 1; i < all.size(); i++) {
                int before = Integer.parseInt(all.get(i - 1).get("critical_findings"));
                int after = Integer.parseInt(all.get(i).get("critical_findings"));
                assertThat(before).as("ranked by critical findings first").isGreaterThanOrEqualTo(after);
                assertThat(all.get(i).get("rank")).isEqualTo(String.valueOf(i + 1));
            }
        }
    }

    @Test
    void theFiguresStayThoseOfEveryEntity() throws Exception {
        String json = Files.readString(period.resolve("cfo.json"));
        assertThat(json).contains("\"entity-00039\"", "\"entity-00000\"");
        assertThat(Files.readString(period.resolve("cfo.html"))).contains("40 entities");
    }

    @Test
    void aReportWithinTheBoundHasNoCsv() {
        assertThat(period.resolve("s-entity-00001-entities.csv")).doesNotExist();
    }

    private static String fileName(Part p) {
        try {
            return p.getFileName() == null ? "" : p.getFileName();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
