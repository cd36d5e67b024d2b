package com.execreports.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import com.execreports.adapter.inbound.cli.ExecReportsCli;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.Limits;
import com.execreports.testing.HandoffMarkdown;
import com.execreports.testing.Mime;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SecretPatterns;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (issue 5, item 5): one input per case under
 * {@code src/test/resources/com/execreports/corpus/}, its expected warnings or exit status in
 * {@code cases.yml} beside it, every case run through the real command line on a small data
 * folder. Large and credential-shaped inputs are generated here, into a temporary folder.
 */
class BadInputCorpusTest {
    static final Path CORPUS = RepoPaths.root().resolve("lambda/src/test/resources/com/execreports/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry of cases.yml; see the comment at its top. */
    record Case(String name, String rule, String handoff, String reports, String env, String generate, Integer exit,
                String stderr, List<String> warnings, List<String> neverQuoted, Report report, List<String> args,
                Map<String, String> statuses, List<String> files, Boolean slow) {
        int expectedExit() {
            return exit == null ? 0 : exit;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What to check in one report of the run. */
    record Report(String id, String entity, String persona, String status, String error, List<String> textContains,
                  List<String> textLacks, List<String> htmlContains, List<String> htmlLacks, List<String> headersLack,
                  List<String> emlLacks, List<String> jsonContains, Map<String, BigDecimal> figures) {
        String reportId() {
            return id != null ? id : "corpus";
        }
    }

    /** The file of cases, read once. */
    record Cases(List<Case> cases) {}

    static List<Case> cases() {
        try {
            YAMLMapper yaml = YAMLMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();
            return yaml.readValue(CORPUS.resolve("cases.yml").toFile(), Cases.class).cases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases of the fast lane; those marked {@code slow} run in {@link BadInputCorpusIT}. */
    static Stream<Arguments> corpus() {
        return arguments(cases().stream().filter(c -> !Boolean.TRUE.equals(c.slow())));
    }

    static Stream<Arguments> arguments(Stream<Case> cases) {
        return cases.map(c -> Arguments.of(named(c.name() + " (" + c.rule() + ")", c)));
    }

    @TempDir
    Path tmp;

    /** What one run of the command line gave. */
    record Run(int exit, String out, String err) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCaseGivesItsExpectedWarningsOrExitStatus(Case c) throws Exception {
        check(c, tmp);
    }

    /** Runs one case in {@code tmp} and checks everything cases.yml says of it. */
    static void check(Case c, Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path outbox = tmp.resolve("out");
        Expected expected = prepare(c, data, outbox);
        boolean onlyCorpus = c.report() != null && c.report().entity() != null && c.statuses() == null;

        Run run = cli(data, outbox, onlyCorpus ? "corpus" : null, c.args() == null ? List.of() : c.args());

        assertThat(run.exit()).as(run.err()).isEqualTo(c.expectedExit());
        Path period = outbox.resolve("2026-10");
        // whatever the case: no control character forges a line or repaints the terminal, no
        // temporary file is left behind, every header line of every message fits RFC 5322
        assertThat(run.err().replace("\n", "")).as("stderr").doesNotContainPattern("[\\p{Cntrl}\\u2028\\u2029]");
        assertNoTemporaryFiles(outbox);
        assertHeaderLinesFit(period);
        if (c.stderr() != null && c.expectedExit() != 2) {
            assertThat(run.err()).contains(c.stderr());
        }
        for (String text : expected.neverQuoted()) {
            assertThat(run.err() + run.out()).as("stderr and stdout").doesNotContain(text);
        }
        if (c.expectedExit() == 2) {
            assertThat(run.err()).contains(c.stderr()).contains("nothing was sent");
            assertThat(Files.exists(period)).as("nothing written: " + period).isFalse();
            return;
        }
        String summaryText = Files.readString(period.resolve("summary.json"));
        JsonNode summary = JSON.readTree(summaryText);
        List<String> warnings = new ArrayList<>();
        summary.get("warnings").forEach(w -> warnings.add(w.get("line").isNull()
                ? w.get("file").asText() + ": " + w.get("message").asText()
                : w.get("file").asText() + ":" + w.get("line").asInt() + ": " + w.get("message").asText()));
        assertThat(warnings).as("warnings").containsExactlyInAnyOrderElementsOf(expected.warnings());
        for (String text : expected.neverQuoted()) {
            assertThat(summaryText).as("summary.json").doesNotContain(text);
        }
        if (c.report() != null) {
            checkReport(c.report(), summary, period, expected.neverShown());
        }
        if (c.statuses() != null) {
            Map<String, String> statuses = new java.util.TreeMap<>();
            summary.get("reports").forEach(r -> statuses.put(r.get("id").asText(), r.get("status").asText()));
            assertThat(statuses).as("status of every report").isEqualTo(new java.util.TreeMap<>(c.statuses()));
        }
        each(c.files(), f -> assertThat(period.resolve(f)).as("written").isRegularFile());
        for (String secret : expected.neverShown()) {
            assertThat(everythingWritten(outbox)).as("no output holds a secret").doesNotContain(secret);
        }
    }

    private static void assertNoTemporaryFiles(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(outbox)) {
            assertThat(walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList())
                    .as("temporary files left in the outbox").isEmpty();
        }
    }

    /** RFC 5322 §2.1.1: a line is at most 998 characters, CRLF excluded. */
    private static void assertHeaderLinesFit(Path period) throws IOException {
        if (!Files.isDirectory(period)) {
            return;
        }
        try (Stream<Path> list = Files.list(period)) {
            for (Path eml : list.filter(p -> p.toString().endsWith(".eml") && Files.isRegularFile(p)).toList()) {
                String text = Files.readString(eml, StandardCharsets.ISO_8859_1);
                String headers = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
                assertThat(headers.split("\r\n")).as(eml.getFileName() + ": header lines")
                        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
            }
        }
    }

    /** Every file the run wrote, as one text: messages, pages, data, summary, ledger. */
    private static String everythingWritten(Path outbox) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(outbox)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    private static void checkReport(Report r, JsonNode summary, Path period, List<String> neverShown) throws Exception {
        JsonNode outcome = null;
        for (JsonNode report : summary.get("reports")) {
            if (report.get("id").asText().equals(r.reportId())) {
                outcome = report;
            }
        }
        assertThat(outcome).as("report " + r.reportId() + " in the summary").isNotNull();
        String status = r.status() == null ? "sent" : r.status();
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo(status);
        if (r.error() != null) {
            assertThat(outcome.get("error").asText()).contains(r.error());
        }
        if (!status.equals("sent")) {
            assertThat(period.resolve(r.reportId() + ".eml")).as("nothing archived as sent").doesNotExist();
            return;
        }
        byte[] eml = Files.readAllBytes(period.resolve(r.reportId() + ".eml"));
        String emlText = new String(eml, StandardCharsets.UTF_8);
        MimeMessage message = Mime.parse(eml);
        String text = Mime.part(message, "text/plain").replaceAll("\\s+", " ");
        String html = Mime.part(message, "text/html");
        String htmlFile = Files.readString(period.resolve(r.reportId() + ".html"));
        String json = Files.readString(period.resolve(r.reportId() + ".json"));
        String headers = emlText.substring(0, emlText.indexOf("\r\n\r\n"));

        each(r.textContains(), s -> assertThat(text).as("text part").contains(s));
        each(r.textLacks(), s -> assertThat(text).as("text part").doesNotContain(s));
        for (String part : List.of(html, htmlFile)) {
            each(r.htmlContains(), s -> assertThat(part).as("HTML").contains(s));
            each(r.htmlLacks(), s -> assertThat(part).as("HTML").doesNotContain(s));
        }
        each(r.headersLack(), s -> assertThat(headers).as("headers").doesNotContain(s));
        each(r.emlLacks(), s -> assertThat(emlText).as(".eml").doesNotContain(s));
        each(r.jsonContains(), s -> assertThat(json).as(".json").contains(s));
        if (r.figures() != null) {
            JsonNode figures = JSON.readTree(json).get("figures");
            r.figures().forEach((name, value) -> assertThat(figures.get(name).decimalValue()).as(name)
                    .isEqualByComparingTo(value));
        }
        for (String secret : neverShown) {
            for (String output : List.of(emlText, text, html, htmlFile, json)) {
                assertThat(output).as("a report shows no secret").doesNotContain(secret);
            }
        }
    }

    private interface Check {
        void accept(String s);
    }

    private static void each(List<String> values, Check check) {
        if (values != null) {
            values.forEach(check::accept);
        }
    }

    // ---- the data folder of one case ------------------------------------------------------------

    /**
     * Expectations after generation: a generated case may add warnings, texts never to quote in a
     * message, and texts (secrets) never to show anywhere, the reports included.
     */
    record Expected(List<String> warnings, List<String> neverQuoted, List<String> neverShown) {
        Expected(List<String> warnings, List<String> neverQuoted) {
            this(warnings, neverQuoted, List.of());
        }
    }

    private static Expected prepare(Case c, Path data, Path outbox) throws IOException {
        copy(CORPUS.resolve("base"), data);
        if (c.handoff() != null) {
            Path input = CORPUS.resolve(c.handoff());
            copy(input, Files.isDirectory(input) ? data.resolve(input.getFileName()) : data.resolve(input.getFileName()));
        }
        if (c.reports() != null) {
            Files.copy(CORPUS.resolve(c.reports()), data.resolve("reports.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (c.env() != null) {
            Files.copy(CORPUS.resolve(c.env()), data.resolve("keys.env"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (c.report() != null && c.report().entity() != null) {
            String persona = c.report().persona() == null ? "stakeholder" : c.report().persona();
            Files.writeString(data.resolve("reports.yml"), "  - id: corpus\n    persona: " + persona
                    + "\n    title: Corpus\n    entities: [" + c.report().entity() + "]\n", StandardOpenOption.APPEND);
        }
        List<String> warnings = c.warnings() == null ? List.of() : c.warnings();
        List<String> neverQuoted = c.neverQuoted() == null ? List.of() : c.neverQuoted();
        if (c.generate() == null) {
            return new Expected(warnings, neverQuoted);
        }
        Expected generated = Generators.generate(c.generate(), data, outbox);
        return new Expected(concat(warnings, generated.warnings()),
                concat(neverQuoted, concat(generated.neverQuoted(), generated.neverShown())), generated.neverShown());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Run cli(Path data, Path outbox, String only, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(), "--env",
                data.resolve("keys.env").toString(), "--outbox", outbox.toString(), "--period", "2026-10"));
        if (only != null) {
            args.addAll(List.of("--only", only));
        }
        args.addAll(extra);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ExecReportsCli.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    // ---- the corpus itself ------------------------------------------------------------------------

    @Test
    void everyInputFileBelongsToACaseAndEveryCaseHasARule() throws IOException {
        List<Case> cases = cases();
        List<String> used = new ArrayList<>();
        cases.forEach(c -> Stream.of(c.handoff(), c.reports(), c.env()).filter(p -> p != null).forEach(used::add));
        List<String> inputs;
        try (Stream<Path> walk = Files.list(CORPUS.resolve("handoffs"))) {
            inputs = new ArrayList<>(walk.map(p -> "handoffs/" + p.getFileName()).toList());
        }
        for (String folder : List.of("reports", "env")) {
            try (Stream<Path> walk = Files.list(CORPUS.resolve(folder))) {
                walk.map(p -> folder + "/" + p.getFileName()).forEach(inputs::add);
            }
        }
        assertThat(used).containsAll(inputs);
        assertThat(cases).extracting(Case::name).doesNotHaveDuplicates();
        assertThat(cases).allSatisfy(c -> assertThat(c.rule()).as(c.name()).isNotBlank());
        assertThat(cases).filteredOn(c -> c.expectedExit() != 2)
                .allSatisfy(c -> assertThat(c.warnings() != null || c.generate() != null).as(c.name()).isTrue());
    }

    /** Inputs too large to commit, or shaped like credentials (which no file in the repository may hold). */
    static final class Generators {
        private Generators() {}

        static Expected generate(String name, Path data, Path outbox) throws IOException {
            return switch (name) {
                case "larger-than-one-mib" -> padded(data.resolve(name + ".md"), HandoffParser.MAX_BYTES + 1);
                case "exactly-one-mib" -> padded(data.resolve(name + ".md"), HandoffParser.MAX_BYTES);
                case "ten-thousand-row-table" -> costs(data.resolve(name + ".md"), 10_000, true);
                case "message-over-ten-megabytes" -> costs(data.resolve(name + ".md"), 20_000, false);
                case "five-hundred-recipients" -> recipients(data.resolve("keys.env"), 500);
                case "every-secret-pattern" -> secrets(data.resolve(name + ".md"));
                case "escaped-and-round-two-secrets" -> roundTwoSecrets(data.resolve(name + ".md"));
                case "links-out-of-the-data-folder" -> links(data, outbox.resolveSibling("elsewhere"));
                case "two-hundred-thousand-character-names" -> longNames(data.resolve(name + ".md"));
                case "outbox-is-a-file" -> {
                    Files.writeString(outbox, "not a folder");
                    yield new Expected(List.of(), List.of());
                }
                case "ledger-entry-truncated" -> {
                    addCorpusReport(data);
                    Path entry = outbox.resolve("ledger/2026-10/base.json");
                    Files.createDirectories(entry.getParent());
                    Files.writeString(entry, "{\"state\": \"sen");
                    yield new Expected(List.of(), List.of());
                }
                case "archive-file-is-a-folder" -> {
                    addCorpusReport(data);
                    Path blocker = outbox.resolve("2026-10/base.eml");
                    Files.createDirectories(blocker);
                    Files.writeString(blocker.resolve("keep"), "a folder where the message goes");
                    yield new Expected(List.of(), List.of());
                }
                case "reports-yml-is-a-folder" -> {
                    Files.delete(data.resolve("reports.yml"));
                    Files.createDirectories(data.resolve("reports.yml"));
                    yield new Expected(List.of(), List.of());
                }
                case "control-characters-in-a-file-name" -> {
                    Files.writeString(data.resolve("x\nexec-reports: forged\u001b[31m.md"), "no front matter\n");
                    yield new Expected(List.of("x\nexec-reports: forged\u001b[31m.md:1: no front matter ('---' block at the"
                            + " top); file skipped"), List.of());
                }
                default -> throw new IllegalArgumentException("no generator " + name);
            };
        }

        private static final String FRONT = "---\nentity: acme\nname: Acme Charters\nkind: charter\nperiod: 2026-10\n---\n\n";

        /** A valid handoff padded with narrative to exactly {@code size} bytes. */
        static Expected padded(Path file, long size) throws IOException {
            byte[] head = (FRONT + "## Notes\n\nPadding follows.\n\n").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[(int) size];
            Arrays.fill(bytes, (byte) 'x');
            System.arraycopy(head, 0, bytes, 0, head.length);
            for (int i = head.length + 79; i < bytes.length; i += 80) {
                bytes[i] = '\n';
            }
            Files.write(file, bytes);
            return new Expected(List.of(), List.of());
        }

        /** {@code rows} costs of $1 to $7 a month (10,000 of them add up to $39,994). */
        static Expected costs(Path file, int rows, boolean withMax) throws IOException {
            StringBuilder md = new StringBuilder(FRONT).append("## Costs\n\n");
            md.append(withMax ? "| item | category | monthly_min | monthly_max | attribution |\n|---|---|---|---|---|\n"
                    : "| item | category | monthly_min |\n|---|---|---|\n");
            for (int i = 0; i < rows; i++) {
                md.append("| Item ").append(i).append(" | software | $").append(1 + i % 7).append(withMax ? " | | no |\n" : " |\n");
            }
            Files.writeString(file, md);
            assertThat(Files.size(file)).as("under the 1 MiB handoff limit").isLessThan(HandoffParser.MAX_BYTES);
            return new Expected(List.of(), List.of());
        }

        static Expected recipients(Path env, int count) throws IOException {
            String list = IntStream.rangeClosed(1, count).mapToObj(i -> "r" + i + "@example.com")
                    .collect(Collectors.joining(","));
            String keys = Files.readString(env).replace("REPORT_BASE_TO=owner@example.com", "REPORT_BASE_TO=" + list);
            Files.writeString(env, keys);
            return new Expected(List.of(), List.of("r1@example.com", "r500@example.com"));
        }

        /** Every secret pattern of SPEC §7, each on a line of its own, across the kinds of field. */
        static Expected secrets(Path file) throws IOException {
            List<String> tokens = SecretPatterns.tokens();
            List<SecretPatterns.Assignment> assigned = SecretPatterns.assignments();
            List<String> assets = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                assets.add(switch (i % 4) {
                    case 0 -> "Server " + i + " " + t + " | web | live | ";
                    case 1 -> "Console " + i + " | " + t + " | live | ";
                    case 2 -> "Bucket " + i + " | storage | " + t + " | ";
                    default -> "Repo " + i + " | code | live | pushed with " + t;
                });
            }
            HandoffMarkdown md = HandoffMarkdown.handoff("acme")
                    .table("Assets", "asset | type | status | notes", assets.toArray(String[]::new))
                    .table("KPIs", "kpi | value | target | unit | tracked", "Logins " + assigned.get(0).text() + " | 3 | 4 | n | yes")
                    .table("Costs", "item | category | monthly_min", "Router " + assigned.get(1).text() + " | software | $5")
                    .bullets("Findings", "[critical][security] Admin " + assigned.get(2).text() + " is in the wiki")
                    .table("Actions", "action | area | impact | effort_days | due_days | owner",
                            "Rotate " + assigned.get(3).text() + " | security | 9 | 1 | 3 | Sam")
                    .text("Notes", "Webhook " + assigned.get(4).text() + " for the mailer.", "", "The studio pasted this key:",
                            SecretPatterns.privateKey(), "and then left.");
            Files.write(file, md.bytes());
            List<Integer> lines = new ArrayList<>();
            tokens.forEach(t -> lines.add(md.lineOf(t)));
            assigned.forEach(a -> lines.add(md.lineOf(a.text())));
            lines.add(md.lineOf("-----BEGIN"));
            List<String> warnings = lines.stream().map(n -> file.getFileName() + ":" + n
                    + ": credential-like value redacted; rotate it and remove it from the handoff").toList();
            return new Expected(warnings, List.of(), SecretPatterns.values());
        }

        /** A second report, 'corpus' over the base entity, so that one report's trouble is seen beside one that goes out. */
        static void addCorpusReport(Path data) throws IOException {
            Files.writeString(data.resolve("reports.yml"), "  - id: corpus\n    persona: stakeholder\n"
                    + "    title: Corpus\n    entities: [base]\n", StandardOpenOption.APPEND);
        }

        /** The round-2 shapes and escaped round-1 keys, one per finding, a PGP block in the narrative. */
        static Expected roundTwoSecrets(Path file) throws IOException {
            List<SecretPatterns.Assignment> secrets = SecretPatterns.roundTwo();
            String[] bullets = secrets.stream().map(a -> "[high][security] " + a.text()).toArray(String[]::new);
            HandoffMarkdown md = HandoffMarkdown.handoff("acme")
                    .bullets("Findings", bullets)
                    .text("Notes", "The old signing key:", "", SecretPatterns.pgpPrivateKey(), "", "and then left.");
            Files.write(file, md.bytes());
            List<String> warnings = new ArrayList<>();
            secrets.forEach(a -> warnings.add(file.getFileName() + ":" + md.lineOf(a.text())
                    + ": credential-like value redacted; rotate it and remove it from the handoff"));
            warnings.add(file.getFileName() + ":" + md.lineOf("-----BEGIN PGP")
                    + ": credential-like value redacted; rotate it and remove it from the handoff");
            List<String> values = new ArrayList<>(secrets.stream().map(SecretPatterns.Assignment::value).toList());
            values.add(SecretPatterns.PGP_BODY);
            return new Expected(warnings, List.of(), values);
        }

        /** Links that leave the data folder, point nowhere, or loop; each one a warning, never read. */
        static Expected links(Path data, Path elsewhere) throws IOException {
            Files.createDirectories(elsewhere);
            Path outside = elsewhere.resolve("x.md");
            Files.writeString(outside, FRONT.replace("Acme Charters", "Elsewhere Zq7 Outside")
                    .replace("entity: acme", "entity: base") + "## Notes\n\nZq7 outside the data folder.\n");
            Files.createSymbolicLink(data.resolve("aaa.md"), outside);
            Files.createSymbolicLink(data.resolve("passwd.md"), Path.of("/etc/passwd"));
            Files.createSymbolicLink(data.resolve("dangling.md"), data.resolve("gone.md"));
            Files.createSymbolicLink(data.resolve("loop-a.md"), data.resolve("loop-b.md"));
            Files.createSymbolicLink(data.resolve("loop-b.md"), data.resolve("loop-a.md"));
            return new Expected(List.of(
                    "aaa.md: a link to a file outside the data folder; skipped",
                    "passwd.md: a link to a file outside the data folder; skipped",
                    "dangling.md: a link to nothing (dangling link); skipped",
                    "loop-a.md: a link that cannot be resolved (a link loop); skipped",
                    "loop-b.md: a link that cannot be resolved (a link loop); skipped"),
                    List.of(), List.of("Zq7 Outside", "root:x:0"));
        }

        /** A 200,000-character entity name and KPI name: cut with an ellipsis, laid out in moments. */
        static Expected longNames(Path file) throws IOException {
            String name = "N".repeat(200_000);
            String kpi = "K".repeat(200_000);
            String md = FRONT.replace("Acme Charters", name) + "## KPIs\n\n| kpi | value | target | unit | tracked |\n"
                    + "|---|---|---|---|---|\n| " + kpi + " | 3 | 4 | trips | yes |\n";
            Files.writeString(file, md);
            return new Expected(List.of(), List.of(), List.of("N".repeat(Limits.LABEL + 1), "K".repeat(Limits.CELL + 1)));
        }
    }
}
