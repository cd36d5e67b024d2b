package com.execreports.adapter.inbound.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import com.execreports.testing.SampleData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §5: the command line's exit status, what it writes to the outbox and what it says on
 * stderr, driven in-process on a copy of the sample data.
 */
class CliExitCodeTest {
    private static final String PERIOD = "2026-10";
    private static final List<String> ALL_REPORTS = SampleData.REPORTS;

    @TempDir
    Path tmp;
    private Path data;
    private Path outbox;

    @BeforeEach
    void copySampleData() {
        data = SampleData.copyTo(tmp.resolve("data"));
        outbox = tmp.resolve("out");
    }

    /** What one run of the command line gave. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @Test
    void theSampleDataGivesExitZeroAndEveryReportWithASummary() throws IOException {
        Run run = cli("--period", PERIOD);

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> expected = new ArrayList<>();
        for (String id : ALL_REPORTS) {
            expected.addAll(List.of(id + ".eml", id + ".html", id + ".json"));
        }
        expected.add("summary.json");
        assertThat(filesIn(outbox.resolve(PERIOD))).containsExactlyInAnyOrderElementsOf(expected);

        JsonNode summary = summary();
        assertThat(summary.get("period").asText()).isEqualTo(PERIOD);
        assertThat(ids(summary)).containsExactlyElementsOf(ALL_REPORTS);
        for (JsonNode report : summary.get("reports")) {
            assertThat(report.get("status").asText()).isEqualTo("sent");
            assertThat(report.get("error").isNull()).isTrue();
            assertThat(report.get("message_id").asText()).isNotBlank();
        }
    }

    @Test
    void stderrHasOneLinePerReportAndAFinalLineOfCounts() throws IOException {
        Run run = cli("--period", PERIOD);

        List<String> reportLines = run.errLines().stream()
                .filter(l -> l.startsWith("  ") && !l.startsWith("  warning:"))
                .toList();
        assertThat(reportLines).hasSize(ALL_REPORTS.size());
        for (int i = 0; i < ALL_REPORTS.size(); i++) {
            assertThat(reportLines.get(i).split("\\s+")).startsWith("", ALL_REPORTS.get(i), "sent");
        }
        int warnings = summary().get("warnings").size();
        assertThat(run.errLines()).last().isEqualTo(
                "exec-reports: 8 reports: 8 sent, 0 skipped, 0 failed, 0 in doubt; " + warnings + " warnings");
    }

    @Test
    void theSummaryNamesFileAndLineOfTheRedactedCredentialAndNeverItsValue() throws IOException {
        cli("--period", PERIOD);

        int line = lineContaining(data.resolve("dangerouscentaur.md"), "AKIA");
        JsonNode warnings = summary().get("warnings");
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.get("file").asText()).isEqualTo("dangerouscentaur.md");
            assertThat(w.get("line").asInt()).isEqualTo(line);
            assertThat(w.get("message").asText()).contains("redacted");
        });
        assertThat(warnings.toString()).doesNotContain("AKIA");
    }

    @Test
    void onlyTheSelectedReportsAreBuiltAndListed() throws IOException {
        Run run = cli("--period", PERIOD, "--only", "cfo,ceo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ids(summary())).containsExactlyInAnyOrder("cfo", "ceo");
        assertThat(filesIn(outbox.resolve(PERIOD))).containsExactlyInAnyOrder(
                "cfo.eml", "cfo.html", "cfo.json", "ceo.eml", "ceo.html", "ceo.json", "summary.json");
        assertThat(run.errLines()).last().isEqualTo("exec-reports: 2 reports: 2 sent, 0 skipped, 0 failed, 0 in doubt; "
                + summary().get("warnings").size() + " warnings");
    }

    /**
     * One way to make a run impossible.
     *
     * @param breakData what the case changes in the copied data folder
     * @param args the options after {@code run} and the data, env and outbox options
     * @param says a fragment of what stderr must say
     */
    record BadRun(Consumer<Path> breakData, List<String> args, String says) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRuns")
    void badInputOrConfigurationExitsTwoAndWritesNothing(BadRun bad) {
        bad.breakData().accept(data);

        Run run = cli(bad.args().toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(bad.says());
        assertThat(outbox.resolve(PERIOD)).doesNotExist();
    }

    static Stream<Arguments> badRuns() {
        List<String> october = List.of("--period", PERIOD);
        return Stream.of(
                bad("--period 2026-13", d -> {}, List.of("--period", "2026-13"), "is not a month in YYYY-MM form"),
                bad("--only with an unknown id", d -> {}, List.of("--period", PERIOD, "--only", "nope"),
                        "--only: no report 'nope' in reports.yml"),
                bad("no reports.yml", d -> delete(d.resolve("reports.yml")), october,
                        ": no reports.yml (the list of reports) beside the handoffs"),
                bad("reports.yml names an entity with no handoff",
                        d -> replace(d.resolve("reports.yml"), "entities: [jada, queenofsandiego",
                                "entities: [ghost, jada, queenofsandiego"),
                        october, "reports.yml line 9: report 'ceo' names entity 'ghost', which has no handoff"),
                bad("env file that does not exist", d -> delete(d.resolve("demo.env")), october,
                        "demo.env: env file not found"),
                bad("reports.yml with an unknown persona",
                        d -> replace(d.resolve("reports.yml"), "persona: cmo", "persona: cmoo"),
                        october, "reports.yml line 21: report 'cmo': persona must be one of"),
                bad("env without SES_SENDER_ADDRESS",
                        d -> replace(d.resolve("demo.env"), "SES_SENDER_ADDRESS=reports@example.com", ""),
                        october, "SES_SENDER_ADDRESS: required"),
                bad("env with an invalid address",
                        d -> replace(d.resolve("demo.env"), "REPORT_CFO_TO=cfo@example.com",
                                "REPORT_CFO_TO=\"CFO\" <cfo@example.com>"),
                        october, "REPORT_CFO_TO: address 1 of 1 is not a plain email address"),
                bad("a line break in a subject",
                        d -> replace(d.resolve("reports.yml"), "title: Expert Yacht Delivery",
                                "title: \"Expert Yacht Delivery\\nBcc: evil@example.com\""),
                        october, "report 'expert-yacht-delivery' subject: contains a line break"));
    }

    @Test
    void aBadRowInAHandoffIsAWarningNotAnError() throws IOException {
        replace(data.resolve("jada.md"), "| Google Workspace (2 users) | software | $14 |",
                "| Google Workspace (2 users) | software | fourteen |");

        Run run = cli("--period", PERIOD);

        assertThat(run.exit()).as(run.err()).isZero();
        int line = lineContaining(data.resolve("jada.md"), "fourteen");
        assertThat(summary().get("warnings")).anySatisfy(w -> {
            assertThat(w.get("file").asText()).isEqualTo("jada.md");
            assertThat(w.get("line").asInt()).isEqualTo(line);
            assertThat(w.get("message").asText()).isEqualTo("Costs: monthly_min is not a number; row left out");
        });
    }

    @Test
    void recipientsAreRequiredOnlyForTheSelectedReports() throws IOException {
        replace(data.resolve("demo.env"), "REPORT_CTO_TO=cto@example.com", "");

        assertThat(cli("--period", PERIOD, "--only", "cfo").exit()).isZero();
        assertThat(ids(summary())).containsExactly("cfo");
    }

    @Test
    void aConfigurationErrorSaysThatNothingWasSent() {
        delete(data.resolve("reports.yml"));

        Run run = cli("--period", PERIOD);

        assertThat(run.errLines()).last().isEqualTo("exec-reports: nothing was sent.");
        assertThat(run.out()).isEmpty();
    }

    private static Arguments bad(String name, Consumer<Path> breakData, List<String> args, String says) {
        return Arguments.of(named(name, new BadRun(breakData, args, says)));
    }

    private Run cli(String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(),
                "--env", data.resolve("demo.env").toString(), "--outbox", outbox.toString()));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ExecReportsCli.execute(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private JsonNode summary() throws IOException {
        return new ObjectMapper().readTree(outbox.resolve(PERIOD).resolve("summary.json").toFile());
    }

    private static List<String> ids(JsonNode summary) {
        List<String> ids = new ArrayList<>();
        summary.get("reports").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    /** The message, page and data files; chart PNGs and PDF copies are AttachmentsAndSizeLimitTest's. */
    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".eml") || name.endsWith(".html") || name.endsWith(".json")).toList();
        }
    }

    private static int lineContaining(Path file, String fragment) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no '" + fragment + "' in " + file);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}, failing if there is none. */
    private static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("fixture text to replace").contains(from);
            int at = text.indexOf(from);
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
