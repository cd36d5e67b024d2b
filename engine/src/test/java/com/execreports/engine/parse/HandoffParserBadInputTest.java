package com.execreports.engine.parse;

import static com.execreports.testing.HandoffMarkdown.handoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import com.execreports.domain.EntityKind;
import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Asset;
import com.execreports.domain.Items.Channel;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Hire;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Narrative;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Items.Target;
import com.execreports.domain.Warning;
import com.execreports.engine.parse.HandoffParser.Parsed;
import com.execreports.testing.HandoffMarkdown;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §1 and §7, bad input: every malformed row, bullet or file becomes exactly one warning
 * naming file and line, only the bad item is left out, and no warning quotes the offending text.
 */
class HandoffParserBadInputTest {
    private static final String FILE = "clients/acme.md";

    private final HandoffParser parser = new HandoffParser();

    /**
     * One bad-input case.
     *
     * @param line the expected warning's line; {@code null} for a whole-file warning
     * @param fragment a fragment of the expected warning's message; {@code null} when no warning is expected
     * @param neverQuoted texts from the bad input that no warning may contain
     * @param survives what must still be there afterwards
     */
    record BadInput(byte[] bytes, Integer line, String fragment, List<String> neverQuoted, Consumer<Parsed> survives) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputBecomesOneWarningWithFileAndLineAndOnlyTheBadItemIsLeftOut(BadInput c) {
        Parsed parsed = parser.parse(FILE, c.bytes());

        if (c.fragment() == null) {
            assertThat(parsed.warnings()).isEmpty();
        } else {
            assertThat(parsed.warnings()).singleElement().satisfies(w -> {
                assertThat(w.file()).isEqualTo(FILE);
                assertThat(w.line()).isEqualTo(c.line());
                assertThat(w.message()).contains(c.fragment());
            });
        }
        for (Warning w : parsed.warnings()) {
            for (String text : c.neverQuoted()) {
                assertThat(w.display()).as("warning must not quote the input").doesNotContain(text);
            }
        }
        c.survives().accept(parsed);
    }

    // ---- found by review: line numbers of YAML errors, repeated keys, out-of-range numbers ------

    @Test
    void invalidYamlAtTheStartOfALineIsReportedOnThatLine() {
        HandoffMarkdown md = handoff("acme")
                .rawFrontMatter("---", "entity: acme", "name: Acme", "period: 2026-10", "\tkind: charter", "---");

        Parsed parsed = parser.parse(FILE, md.bytes());

        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(md.lineOf("\tkind"));
            assertThat(w.message()).contains("front matter is not valid YAML");
        });
    }

    @Test
    void aRepeatedEconomicsKeyIsNotSilentlyDropped() {
        HandoffMarkdown md = handoff("acme").table("Economics", "key | value",
                "unit | charter", "unit_margin | 1500", "unit_margin | 900");

        Parsed parsed = parser.parse(FILE, md.bytes());

        assertThat(parsed.warnings()).extracting(Warning::line)
                .containsAnyOf(md.lineOf("1500"), md.lineOf("900"));
    }

    @Test
    void aDueDaysTooLargeForTheModelIsNotTurnedNegative() {
        HandoffMarkdown md = handoff("acme").table("Actions", "action | area | impact | effort_days | due_days | owner",
                "Someday project | operations | 5 | 1 | 3000000000 | Sam");

        Parsed parsed = parser.parse(FILE, md.bytes());

        assertThat(handoffOf(parsed).actions()).extracting(Action::dueDays).allMatch(days -> days >= 0);
        if (handoffOf(parsed).actions().isEmpty()) {
            assertThat(parsed.warnings()).extracting(Warning::line).containsExactly(md.lineOf("Someday project"));
        }
    }

    @Test
    void aSequenceTooLargeForTheModelIsNotWrappedAround() {
        HandoffMarkdown md = handoff("acme").table("Channels", "channel | type | status | reach | sequence",
                "Sailo | ota | active | | 2", "Far future OTA | ota | planned | | 4294967297");

        Parsed parsed = parser.parse(FILE, md.bytes());

        assertThat(handoffOf(parsed).channels()).extracting(Channel::sequence).doesNotContain(1);
    }

    static Stream<Arguments> cases() {
        return Stream.of(requiredNumbers(), optionalNumbers(), vocabularies(), rowRules(), frontMatter(), files())
                .flatMap(s -> s);
    }

    // ---- required number columns -------------------------------------------------------------

    private static Stream<Arguments> requiredNumbers() {
        return Stream.of(
                row("Costs: monthly_min not a number",
                        costs("Hosting bill | infrastructure | about forty | | no"), "Hosting bill",
                        "Costs: monthly_min is not a number; row left out", "about forty", COSTS_SURVIVE),
                row("Revenue: amount not a number",
                        revenue("2026-09 | lots-of-money | on delivery"), "lots-of-money",
                        "Revenue: amount is not a number; row left out", "lots-of-money", REVENUE_SURVIVES),
                row("Targets: revenue_target not a number",
                        targets("2026-09 | ten grand"), "ten grand",
                        "Targets: revenue_target is not a number; row left out", "ten grand", TARGETS_SURVIVE),
                row("Hires: monthly_cost not a number",
                        hires("Night dispatcher | negotiable | $9,000"), "Night dispatcher",
                        "Hires: monthly_cost is not a number; row left out", "negotiable", HIRES_SURVIVE),
                row("Actions: impact not a number",
                        actions("Fix the gutters | operations | very high | 2 | 10 | Sam"), "Fix the gutters",
                        "Actions: impact is not a number; row left out", "very high", ACTIONS_SURVIVE),
                row("Actions: due_days not a number",
                        actions("Fix the gutters | operations | 5 | 2 | soonish | Sam"), "Fix the gutters",
                        "Actions: due_days is not a number; row left out", "soonish", ACTIONS_SURVIVE),
                row("Economics: unit_margin not a number",
                        economics("unit_margin | thin"), "thin",
                        "Economics: unit_margin is not a number; row left out", "thin",
                        h -> {
                            assertThat(h.economics().unitMargin()).isNull();
                            assertThat(h.economics().unit()).isEqualTo("charter");
                            assertThat(h.economics().dealValueMin()).isEqualByComparingTo("10000");
                            assertThat(h.economics().dealValueMax()).isEqualByComparingTo("50000");
                        }),
                row("Economics: deal_value_min not a number",
                        economics("deal_value_min | varies"), "varies",
                        "Economics: deal_value_min is not a number; row left out", "varies",
                        h -> {
                            assertThat(h.economics().dealValueMin()).isNull();
                            assertThat(h.economics().unitMargin()).isEqualByComparingTo("1500");
                            assertThat(h.economics().dealValueMax()).isEqualByComparingTo("50000");
                        }),
                row("Economics: deal_value_max not a number",
                        economics("deal_value_max | open-ended"), "open-ended",
                        "Economics: deal_value_max is not a number; row left out", "open-ended",
                        h -> {
                            assertThat(h.economics().unitMargin()).isEqualByComparingTo("1500");
                            assertThat(h.economics().dealValueMin()).isEqualByComparingTo("10000");
                        }));
    }

    // ---- optional number columns: blank is fine, a non-number is not ---------------------------

    private static Stream<Arguments> optionalNumbers() {
        return Stream.of(
                row("KPIs: value not a number",
                        kpis("Repeat guests | unknown-ish | 20 | % | yes"), "Repeat guests",
                        "KPIs: value is not a number; row left out", "unknown-ish", KPIS_SURVIVE),
                row("KPIs: target not a number",
                        kpis("Repeat guests | 12 | most | % | yes"), "Repeat guests",
                        "KPIs: target is not a number; row left out", "most", KPIS_SURVIVE),
                row("Channels: reach not a number",
                        channels("Newsletter | email | active | thousands | "), "Newsletter",
                        "Channels: reach is not a number; row left out", "thousands", CHANNELS_SURVIVE),
                row("Channels: sequence not a number",
                        channels("Viator | ota | planned | | first"), "Viator",
                        "Channels: sequence is not a number; row left out", "first", CHANNELS_SURVIVE),
                row("Actions: effort_days not a number",
                        actions("Fix the gutters | operations | 5 | a week | 10 | Sam"), "Fix the gutters",
                        "Actions: effort_days is not a number; row left out", "a week", ACTIONS_SURVIVE),
                row("Hires: revenue_mapped not a number",
                        hires("Night dispatcher | $4,000 | tbd-later"), "Night dispatcher",
                        "Hires: revenue_mapped is not a number; row left out", "tbd-later", HIRES_SURVIVE),
                row("Costs: monthly_max not a number",
                        costs("Hosting bill | infrastructure | $40 | some more | no"), "Hosting bill",
                        "Costs: monthly_max is not a number; row left out", "some more", COSTS_SURVIVE));
    }

    // ---- vocabularies ------------------------------------------------------------------------

    private static Stream<Arguments> vocabularies() {
        return Stream.of(
                row("Findings: unknown severity",
                        findings("[urgent][security] Open bucket found"), "Open bucket found",
                        "Findings: unknown severity; bullet left out", "urgent", FINDINGS_SURVIVE),
                row("Findings: unknown area",
                        findings("[high][legal] Contract lapsed"), "Contract lapsed",
                        "Findings: unknown area; bullet left out", "legal", FINDINGS_SURVIVE),
                row("Actions: unknown area",
                        actions("Fix the gutters | plumbing | 5 | 2 | 10 | Sam"), "Fix the gutters",
                        "Actions: area has an unknown value; row left out", "plumbing", ACTIONS_SURVIVE),
                row("Channels: unknown type",
                        channels("Highway sign | billboard | active | 900 | "), "Highway sign",
                        "Channels: type has an unknown value; row left out", "billboard", CHANNELS_SURVIVE),
                row("Channels: unknown status",
                        channels("Newsletter | email | paused | 900 | "), "Newsletter",
                        "Channels: status has an unknown value; row left out", "paused", CHANNELS_SURVIVE),
                row("KPIs: unknown tracked",
                        kpis("Repeat guests | 12 | 20 | % | maybe"), "Repeat guests",
                        "KPIs: tracked must be yes or no; row left out", "maybe", KPIS_SURVIVE));
    }

    // ---- row rules: ranges, months, bullets, columns --------------------------------------------

    private static Stream<Arguments> rowRules() {
        return Stream.of(
                row("Actions: impact 0",
                        actions("Fix the gutters | operations | 0 | 2 | 10 | Sam"), "Fix the gutters",
                        "Actions: impact is outside 1-10; row left out", "Fix the gutters", ACTIONS_SURVIVE),
                row("Actions: impact 11",
                        actions("Fix the gutters | operations | 11 | 2 | 10 | Sam"), "Fix the gutters",
                        "Actions: impact is outside 1-10; row left out", "11", ACTIONS_SURVIVE),
                row("Revenue: month not YYYY-MM",
                        revenue("Oct 2026 | $2,000 | on delivery"), "Oct 2026",
                        "Revenue: month is not a month in YYYY-MM form; row left out", "Oct 2026", REVENUE_SURVIVES),
                row("Targets: month not YYYY-MM",
                        targets("2026/09 | $2,000"), "2026/09",
                        "Targets: month is not a month in YYYY-MM form; row left out", "2026/09", TARGETS_SURVIVE),
                row("Targets: month 13",
                        targets("2026-13 | $2,000"), "2026-13",
                        "Targets: month is not a month in YYYY-MM form; row left out", "2026-13", TARGETS_SURVIVE),
                row("Findings: bullet without [severity][area]",
                        findings("critical: the alarm is off"), "the alarm is off",
                        "Findings: bullet is not '- [severity][area] text'; left out", "the alarm is off",
                        FINDINGS_SURVIVE),
                row("Costs: monthly_max below monthly_min",
                        costs("Printer lease | other | $50 | $20 | no"), "Printer lease",
                        "Costs: monthly_max is below monthly_min; row left out", "Printer lease", COSTS_SURVIVE),
                missingColumn());
    }

    private static Arguments missingColumn() {
        HandoffMarkdown md = handoff("acme")
                .table("Costs", "item | category | monthly_max", "Hosting bill | infrastructure | $40")
                .table("Revenue", REVENUE_COLUMNS, "2026-10 | $3,000 | on delivery");
        return file("missing required column: the table is left out", md.bytes(), md.lineOf("item | category"),
                "Costs table has no 'monthly_min' column; table left out", List.of("Hosting bill"),
                p -> {
                    assertThat(handoffOf(p).costs()).isEmpty();
                    assertThat(handoffOf(p).revenue()).hasSize(1);
                });
    }

    // ---- front matter ------------------------------------------------------------------------

    private static Stream<Arguments> frontMatter() {
        HandoffMarkdown invalidYaml = handoff("acme")
                .rawFrontMatter("---", "entity: acme", "name: Acme: Corp", "period: 2026-10", "---");
        return Stream.of(
                skipped("no front matter", handoff("acme").rawFrontMatter().table("Costs", COSTS_COLUMNS,
                        "Domain | infrastructure | $2 | | no"), 1, "no front matter"),
                skipped("front matter not closed",
                        handoff("acme").rawFrontMatter("---", "entity: acme", "name: Acme", "period: 2026-10"),
                        1, "front matter is not closed"),
                skipped("front matter not valid YAML", invalidYaml, invalidYaml.lineOf("Acme: Corp"),
                        "front matter is not valid YAML; file skipped"),
                skipped("front matter without entity", handoff("acme").front("entity", null), 1,
                        "front matter has no 'entity'; file skipped"),
                skipped("front matter without name", handoff("acme").front("name", null), 1,
                        "front matter has no 'name'; file skipped"),
                skipped("front matter without period", handoff("acme").front("period", null), 1,
                        "front matter has no 'period'; file skipped"),
                skipped("entity id in upper case", handoff("acme").front("entity", "AcmeCorp"), 1,
                        "front matter 'entity' must be lower-case letters, digits and '-'; file skipped", "AcmeCorp"),
                skipped("period month 13", handoff("acme").front("period", "2026-13"), 1,
                        "front matter 'period' is not a month in YYYY-MM form; file skipped", "2026-13"),
                skipped("period not YYYY-MM", handoff("acme").front("period", "October 2026"), 1,
                        "front matter 'period' is not a month in YYYY-MM form; file skipped", "October 2026"),
                unknownKind());
    }

    private static Arguments unknownKind() {
        HandoffMarkdown md = handoff("acme").front("kind", "yacht-club")
                .table("Costs", COSTS_COLUMNS, "Domain | infrastructure | $2 | | no");
        return file("unknown kind: warning, kind other, file kept", md.bytes(), 1,
                "front matter 'kind' is unknown; using 'other'", List.of("yacht-club"),
                p -> {
                    assertThat(handoffOf(p).kind()).isEqualTo(EntityKind.OTHER);
                    assertThat(handoffOf(p).entity()).isEqualTo("acme");
                    assertThat(handoffOf(p).costs()).hasSize(1);
                });
    }

    // ---- whole files: encoding, size, line endings, markup --------------------------------------

    private static Stream<Arguments> files() {
        HandoffMarkdown latin1 = handoff("acme").text("Notes", "First line.", "Menu at the Cafe-MARK today.");
        HandoffMarkdown nul = handoff("acme").text("Notes", "binary-MARK");
        HandoffMarkdown bom = costs("Hosting bill | infrastructure | about forty | | no").bom();
        HandoffMarkdown crlf = costs("Hosting bill | infrastructure | about forty | | no").crlf();
        return Stream.of(
                file("not UTF-8: the line of the bad byte", insertAfter(latin1.bytes(), "Cafe-MARK", (byte) 0xE9),
                        latin1.lineOf("Cafe-MARK"), "not valid UTF-8; file skipped", List.of("Cafe"), SKIPPED),
                file("zero-byte file", new byte[0], null, "empty file; skipped", List.of(), SKIPPED),
                file("binary file (NUL bytes)", insertAfter(nul.bytes(), "binary-MARK", (byte) 0),
                        null, "binary content (NUL bytes); file skipped", List.of("binary-MARK"), SKIPPED),
                file("larger than 1 MiB: refused", padded(HandoffParser.MAX_BYTES + 1), null,
                        "larger than 1 MiB; file refused", List.of(), SKIPPED),
                file("exactly 1 MiB: read", padded(HandoffParser.MAX_BYTES), null, null, List.of(),
                        p -> assertThat(handoffOf(p).entity()).isEqualTo("acme")),
                file("UTF-8 BOM accepted, lines unchanged", bom.bytes(), bom.lineOf("Hosting bill"),
                        "Costs: monthly_min is not a number; row left out", List.of("about forty"),
                        p -> {
                            assertThat(handoffOf(p).entity()).isEqualTo("acme");
                            COSTS_SURVIVE.accept(handoffOf(p));
                        }),
                file("CRLF line endings accepted, lines unchanged", crlf.bytes(), crlf.lineOf("Hosting bill"),
                        "Costs: monthly_min is not a number; row left out", List.of("about forty"),
                        p -> {
                            COSTS_SURVIVE.accept(handoffOf(p));
                            assertThat(handoffOf(p).costs()).extracting(Cost::item)
                                    .allSatisfy(item -> assertThat(item).doesNotContain("\r"));
                        }),
                scriptKeptAsText());
    }

    private static Arguments scriptKeptAsText() {
        HandoffMarkdown md = handoff("acme")
                .table("Assets", "asset | type | status | notes", "Contact <script>alert(1)</script> form | website | live | ")
                .bullets("Findings", "[high][ux] The form echoes <script>alert(2)</script> back to the visitor")
                .text("Notes", "<script>alert(3)</script>", "", "Nothing else to add.");
        return file("<script> in text is kept as text", md.bytes(), null, null, List.of(), p -> {
            Handoff h = handoffOf(p);
            assertThat(h.assets()).extracting(Asset::asset).containsExactly("Contact <script>alert(1)</script> form");
            assertThat(h.findings()).extracting(Finding::text)
                    .containsExactly("The form echoes <script>alert(2)</script> back to the visitor");
            assertThat(h.narrative()).extracting(Narrative::text)
                    .singleElement().asString().contains("<script>alert(3)</script>");
        });
    }

    // ---- the sections each case puts one bad row into, between two good ones -----------------

    private static final String COSTS_COLUMNS = "item | category | monthly_min | monthly_max | attribution";
    private static final String REVENUE_COLUMNS = "month | amount | recognized";

    private static HandoffMarkdown costs(String bad) {
        return handoff("acme").table("Costs", COSTS_COLUMNS,
                "Domain | infrastructure | $2 | | no", bad, "Ads | marketing | $1,200 | $1,500 | yes");
    }

    private static final Consumer<Handoff> COSTS_SURVIVE = h ->
            assertThat(h.costs()).extracting(Cost::item).containsExactly("Domain", "Ads");

    private static HandoffMarkdown revenue(String bad) {
        return handoff("acme").table("Revenue", REVENUE_COLUMNS,
                "2026-08 | $1,000 | on delivery", bad, "2026-10 | $3,000 | ");
    }

    private static final Consumer<Handoff> REVENUE_SURVIVES = h -> assertThat(h.revenue()).extracting(Revenue::month)
            .containsExactly(ReportingPeriod.of(2026, 8), ReportingPeriod.of(2026, 10));

    private static HandoffMarkdown targets(String bad) {
        return handoff("acme").table("Targets", "month | revenue_target",
                "2026-08 | $1,000", bad, "2026-10 | $3,000");
    }

    private static final Consumer<Handoff> TARGETS_SURVIVE = h -> assertThat(h.targets()).extracting(Target::month)
            .containsExactly(ReportingPeriod.of(2026, 8), ReportingPeriod.of(2026, 10));

    private static HandoffMarkdown hires(String bad) {
        return handoff("acme").table("Hires", "role | monthly_cost | revenue_mapped",
                "Driver | $3,000 | $6,000", bad, "Bookkeeper | $800 | ");
    }

    private static final Consumer<Handoff> HIRES_SURVIVE = h ->
            assertThat(h.hires()).extracting(Hire::role).containsExactly("Driver", "Bookkeeper");

    private static HandoffMarkdown actions(String bad) {
        return handoff("acme").table("Actions", "action | area | impact | effort_days | due_days | owner",
                "Rotate keys | security | 10 | 1 | 3 | Studio", bad, "Send campaign | marketing | 6 | | 45 | ");
    }

    private static final Consumer<Handoff> ACTIONS_SURVIVE = h ->
            assertThat(h.actions()).extracting(Action::action).containsExactly("Rotate keys", "Send campaign");

    private static HandoffMarkdown economics(String bad) {
        List<String> rows = new ArrayList<>(List.of(
                "unit | charter", "unit_margin | 1500", "deal_value_min | 10000", "deal_value_max | 50000"));
        String key = bad.substring(0, bad.indexOf('|')).strip();
        rows.replaceAll(r -> r.startsWith(key + " ") ? bad : r);
        return handoff("acme").table("Economics", "key | value", rows.toArray(String[]::new));
    }

    private static HandoffMarkdown kpis(String bad) {
        return handoff("acme").table("KPIs", "kpi | value | target | unit | tracked",
                "Charters | 7 | 10 | charters | yes", bad, "Visitors | | 3000 | visits | no");
    }

    private static final Consumer<Handoff> KPIS_SURVIVE = h ->
            assertThat(h.kpis()).extracting(Kpi::kpi).containsExactly("Charters", "Visitors");

    private static HandoffMarkdown channels(String bad) {
        return handoff("acme").table("Channels", "channel | type | status | reach | sequence",
                "Guest list | email | active | 3,676 | ", bad, "Sailo | ota | | | 1");
    }

    private static final Consumer<Handoff> CHANNELS_SURVIVE = h ->
            assertThat(h.channels()).extracting(Channel::channel).containsExactly("Guest list", "Sailo");

    private static HandoffMarkdown findings(String bad) {
        return handoff("acme").bullets("Findings",
                "[critical][security] Keys in the repository", bad, "[low][ux] Slow booking page");
    }

    private static final Consumer<Handoff> FINDINGS_SURVIVE = h -> assertThat(h.findings()).extracting(Finding::text)
            .containsExactly("Keys in the repository", "Slow booking page");

    private static final Consumer<Parsed> SKIPPED = p -> assertThat(p.handoff()).isEmpty();

    // ---- case factories ----------------------------------------------------------------------

    /** A bad row on the line holding {@code marker}; {@code survives} checks the handoff that is left. */
    private static Arguments row(String name, HandoffMarkdown md, String marker, String fragment, String offending,
                                 Consumer<Handoff> survives) {
        return file(name, md.bytes(), md.lineOf(marker), fragment, List.of(offending),
                p -> survives.accept(handoffOf(p)));
    }

    /** A file whose front matter is unusable: one warning, no handoff. */
    private static Arguments skipped(String name, HandoffMarkdown md, int line, String fragment, String... offending) {
        return file(name, md.bytes(), line, fragment, Arrays.asList(offending), SKIPPED);
    }

    private static Arguments file(String name, byte[] bytes, Integer line, String fragment, List<String> offending,
                                  Consumer<Parsed> survives) {
        return Arguments.of(named(name, new BadInput(bytes, line, fragment, offending, survives)));
    }

    private static Handoff handoffOf(Parsed parsed) {
        assertThat(parsed.handoff()).as("the file is kept").isPresent();
        return parsed.handoff().get();
    }

    /** The bytes with {@code bad} inserted right after the (ASCII) marker. */
    private static byte[] insertAfter(byte[] bytes, String marker, byte bad) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(marker) + marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(bad);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** A valid handoff padded with narrative to exactly {@code size} bytes. */
    private static byte[] padded(long size) {
        byte[] head = handoff("acme").text("Notes", "Padding follows.").bytes();
        byte[] bytes = new byte[(int) size];
        Arrays.fill(bytes, (byte) 'x');
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length + 79; i < bytes.length; i += 80) {
            bytes[i] = '\n';
        }
        return bytes;
    }
}
