package com.execreports.engine.report;

import static com.execreports.testing.HandoffMarkdown.handoff;
import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.Handoff;
import com.execreports.domain.ReportsConfig;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio;
import com.execreports.engine.ScopedView;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.render.Renderer;
import com.execreports.engine.render.ReportJson;
import com.execreports.testing.HandoffMarkdown;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per rule of SPEC §8: small handoffs written as markdown, read by the real parser,
 * resolved, scoped and built as a run would, and checked on the report's JSON and text.
 */
class Section8RulesTest {
    static final ReportingPeriod OCT = ReportingPeriod.of(2026, 10);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACTIONS = "action|area|impact|effort_days|due_days|owner";
    static final String COSTS = "item|category|monthly_min|monthly_max|attribution|to";
    static final String REVENUE = "month|amount|recognized|from";

    /** What a case built: the report's JSON, its text part, its warnings as "file:line message". */
    record Built(JsonNode json, String text, List<String> warnings) {
        JsonNode figure(String name) {
            return json.get("figures").get(name);
        }

        JsonNode action(String text) {
            for (JsonNode a : json.get("actions")) {
                if (a.get("action").asText().equals(text)) {
                    return a;
                }
            }
            throw new AssertionError("no action '" + text + "' in " + json.get("actions"));
        }
    }

    /** @param reports the reports.yml text; the case's report is its first */
    record Case(String rule, List<HandoffMarkdown> handoffs, String reports, LocalDate asOf, Consumer<Built> then) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Case rule(String rule, String reports, LocalDate asOf, Consumer<Built> then, HandoffMarkdown... handoffs) {
        return new Case(rule, List.of(handoffs), reports, asOf, then);
    }

    static String report(String persona, String entities) {
        return "reports:\n  - id: r\n    persona: " + persona + "\n    entities: [" + entities + "]\n";
    }

    static HandoffMarkdown h(String entity, String period) {
        return handoff(entity).front("period", period).front("name", entity.toUpperCase());
    }

    static Stream<Case> rules() {
        return Stream.of(
                rule("§8.2 a due date counts from the first day after its own handoff's period", report("ceo", "a"),
                        AS_OF, b -> assertThat(b.action("Fix it").get("due").asText()).isEqualTo("2026-11-16"),
                        h("a", "2026-10").table("Actions", ACTIONS, "Fix it|operations|5|1|15|Ann")),
                rule("§8.2 'due' wins over due_days", report("ceo", "a"), AS_OF,
                        b -> assertThat(b.action("Fix it").get("due").asText()).isEqualTo("2026-12-24"),
                        h("a", "2026-10").table("Actions", ACTIONS + "|due", "Fix it|operations|5|1|15|Ann|2026-12-24")),
                rule("§8.2 a stale handoff keeps its dates, so its action becomes overdue", report("ceo", "a"), AS_OF,
                        b -> {
                            assertThat(b.action("Fix it").get("due").asText()).isEqualTo("2026-10-31");
                            assertThat(b.action("Fix it").get("overdue").asBoolean()).isTrue();
                            assertThat(b.json().get("subject").asText()).startsWith("[stale] ");
                        },
                        h("a", "2026-09").table("Actions", ACTIONS, "Fix it|operations|5|1|30|Ann")),
                rule("§8.2 carried over keeps the earliest due date along the chain of matches", report("ceo", "a"),
                        AS_OF, b -> {
                            JsonNode a = b.action("Fix the pump.");
                            assertThat(a.get("carried_over").asBoolean()).isTrue();
                            assertThat(a.get("due").asText()).isEqualTo("2026-08-11");
                            assertThat(a.get("overdue").asBoolean()).isTrue();
                        },
                        h("a", "2026-10").table("Actions", ACTIONS, "Fix the pump.|operations|5|1|30|Ann"),
                        h("a", "2026-09").table("Actions", ACTIONS, "fix   the PUMP|operations|5|1|30|Ann"),
                        h("a", "2026-07").table("Actions", ACTIONS, "Fix the pump|operations|5|1|10|Ann")),
                rule("§8.2 the chain stops at the first handoff without a match", report("ceo", "a"), AS_OF, b -> {
                            assertThat(b.action("Fix the pump").get("carried_over").asBoolean()).isFalse();
                            assertThat(b.action("Fix the pump").get("due").asText()).isEqualTo("2026-12-01");
                        },
                        h("a", "2026-10").table("Actions", ACTIONS, "Fix the pump|operations|5|1|30|Ann"),
                        h("a", "2026-09").table("Actions", ACTIONS, "Something else|operations|5|1|30|Ann"),
                        h("a", "2026-08").table("Actions", ACTIONS, "Fix the pump|operations|5|1|1|Ann")),
                rule("§8.2 an action open last month and done or gone now is closed", report("ceo", "a"), AS_OF,
                        b -> assertThat(b.text()).contains("Closed since September 2026", "Paint the hull",
                                "Sand the deck"),
                        h("a", "2026-10").table("Actions", ACTIONS + "|status", "Paint the hull|operations|5|1|30|Ann|done",
                                "Keep going|operations|5|1|30|Ann|"),
                        h("a", "2026-09").table("Actions", ACTIONS, "Paint the hull|operations|5|1|30|Ann",
                                "Sand the deck|operations|5|1|30|Ann")),
                rule("§8.2 new findings are marked and resolved ones listed", report("cto", "a"), AS_OF,
                        b -> assertThat(b.text()).contains("New: The API is open", "Resolved since September 2026",
                                "The disk is full"),
                        h("a", "2026-10").bullets("Findings", "[high][security] The API is open"),
                        h("a", "2026-09").bullets("Findings", "[high][infrastructure] The disk is full")),
                rule("§8.2 without a previous handoff the report says first month and shows no change",
                        report("cfo", "a"), AS_OF, b -> {
                            assertThat(b.json().get("previous_period").isNull()).isTrue();
                            assertThat(b.figure("previous_burn_max")).isNull();
                            assertThat(b.text()).contains("first month");
                        },
                        h("a", "2026-10").table("Costs", COSTS, "Rent|other|100|||")),
                rule("§8.6 previous figures are computed the same way over the previous handoffs",
                        report("cfo", "a"), AS_OF, b -> {
                            assertThat(b.json().get("previous_period").asText()).isEqualTo("2026-09");
                            assertThat(b.figure("previous_burn_max").asInt()).isEqualTo(150);
                            assertThat(b.text()).contains("$100, was $150");
                        },
                        h("a", "2026-10").table("Costs", COSTS, "Rent|other|100|||"),
                        h("a", "2026-09").table("Costs", COSTS, "Rent|other|150|||")),
                rule("§8.3 revenue after the period is booked, never an actual", report("cfo", "a"), AS_OF, b -> {
                            assertThat(b.figure("booked_revenue").asInt()).isEqualTo(3000);
                            assertThat(b.figure("revenue").asInt()).isEqualTo(1000);
                            assertThat(b.figure("revenue_by_month").findValuesAsText("month")).containsExactly("2026-10");
                        },
                        h("a", "2026-10").table("Revenue", REVENUE, "2026-10|1000|on date|", "2026-11|3000||")),
                rule("§8.3 internal money stays out of portfolio totals, both sides", report("cfo", "a, b"), AS_OF,
                        b -> {
                            assertThat(b.figure("internal_revenue").asInt()).isEqualTo(500);
                            assertThat(b.figure("revenue").asInt()).isEqualTo(1000);
                            assertThat(b.figure("burn_max").asInt()).isEqualTo(200);
                            assertThat(b.figure("net_min").asInt()).isEqualTo(800);
                        },
                        h("a", "2026-10").table("Revenue", REVENUE, "2026-10|1000||")
                                .table("Costs", COSTS, "Retainer|software|500||no|b", "Fuel|other|100|||"),
                        h("b", "2026-10").table("Revenue", REVENUE, "2026-10|500||a")
                                .table("Costs", COSTS, "Desk|other|100|||")),
                rule("§8.3 with the counterparty outside the scope the row is ordinary", report("cfo", "a"), AS_OF,
                        b -> {
                            assertThat(b.figure("internal_revenue").asInt()).isZero();
                            assertThat(b.figure("burn_max").asInt()).isEqualTo(600);
                        },
                        h("a", "2026-10").table("Costs", COSTS, "Retainer|software|500||no|b", "Fuel|other|100|||"),
                        h("b", "2026-10").table("Revenue", REVENUE, "2026-10|500||a")),
                rule("§8.3 net is actual revenue less costs as a range", report("cfo", "a"), AS_OF, b -> {
                            assertThat(b.figure("net_min").asInt()).isEqualTo(700);
                            assertThat(b.figure("net_max").asInt()).isEqualTo(900);
                            assertThat(b.json().get("subject").asText()).isEqualTo(
                                    "CFO 2026-10: net +$700 to +$900; 0 policy violations");
                        },
                        h("a", "2026-10").table("Revenue", REVENUE, "2026-10|1000||")
                                .table("Costs", COSTS, "Fuel|other|100|300||")),
                rule("§8.3 a month never beats its target because of untargeted revenue", report("cfo", "a, b"), AS_OF,
                        b -> {
                            JsonNode oct = b.figure("revenue_by_month").get(0);
                            assertThat(oct.get("target").asInt()).isEqualTo(1000);
                            assertThat(oct.get("actual").asInt()).isEqualTo(900);
                            assertThat(oct.get("untargeted").asInt()).isEqualTo(5000);
                        },
                        h("a", "2026-10").table("Revenue", REVENUE, "2026-10|900||")
                                .table("Targets", "month|revenue_target", "2026-10|1000"),
                        h("b", "2026-10").table("Revenue", REVENUE, "2026-10|5000||")),
                rule("§8.3 a unit margin above the price is a warning on its line and 'check margin'",
                        report("cfo", "a"), AS_OF, b -> {
                            assertThat(b.warnings()).anyMatch(w -> w.startsWith("a.md:") && w.contains("unit_margin"));
                            assertThat(b.text()).contains("check margin");
                        },
                        h("a", "2026-10").table("Economics", "key|value", "unit|charter", "unit_margin|1500",
                                "price|1340", "units_sold|7").table("Costs", COSTS, "Fuel|other|3000|||")),
                rule("§8.3 a deal value above 3 x price is a warning, and reach x price is shown", report("cmo", "a"),
                        AS_OF, b -> {
                            assertThat(b.warnings()).anyMatch(w -> w.startsWith("a.md:") && w.contains("deal_value_min"));
                            assertThat(b.figure("opportunity_at_price").asInt()).isEqualTo(100 * 1340);
                            assertThat(b.figure("opportunity_min").asInt()).isEqualTo(100 * 10000);
                        },
                        h("a", "2026-10").table("Economics", "key|value", "price|1340", "deal_value_min|10000",
                                "deal_value_max|50000").table("Channels", "channel|type|status|reach", "List|email|active|100")),
                rule("§8.4 decisions: overdue oldest first, then due within 14 days by date then impact, at most 5",
                        report("ceo", "a"), LocalDate.of(2026, 11, 10), b -> assertThat(
                                b.json().get("decisions").findValuesAsText("text")).containsExactly(
                                "Old", "Older than soon", "Soon big", "Soon small", "Later in window"),
                        h("a", "2026-10").table("Actions", ACTIONS,
                                "Older than soon|operations|5|1|5|Ann", "Old|operations|5|1|2|Ann",
                                "Soon small|operations|2|1|12|Ann", "Soon big|operations|9|1|12|Ann",
                                "Later in window|operations|5|1|20|Ann", "Out of window|operations|9|1|40|Ann",
                                "Also in window|operations|1|1|22|Ann")),
                rule("§8.4 CFO decisions end with policy violations, owner and due null", report("cfo", "a"), AS_OF,
                        b -> {
                            JsonNode d = b.json().get("decisions").get(0);
                            assertThat(d.get("kind").asText()).isEqualTo("violation");
                            assertThat(d.get("owner").isNull()).isTrue();
                            assertThat(d.get("due").isNull()).isTrue();
                        },
                        h("a", "2026-10").table("Costs", COSTS, "Flyers|marketing|50||no|")),
                rule("§8.5 the CEO lists operations findings in full whatever their severity", report("ceo", "a"),
                        AS_OF, b -> assertThat(b.text()).contains("The mainsail is old").doesNotContain("The logo is ugly"),
                        h("a", "2026-10").bullets("Findings", "[low][operations] The mainsail is old",
                                "[low][marketing] The logo is ugly")),
                rule("§8.5 the CEO rolls work up per owner, largest load first", report("ceo", "a"), AS_OF, b -> {
                            JsonNode owners = b.figure("owners");
                            assertThat(owners.findValuesAsText("owner")).containsExactly("Studio", "Ann");
                            assertThat(owners.get(0).get("effort_days").asInt()).isEqualTo(5);
                            assertThat(owners.get(0).get("earliest_due").asText()).isEqualTo("2026-11-03");
                        },
                        h("a", "2026-10").table("Actions", ACTIONS, "One|operations|5|2|2|Studio",
                                "Two|operations|5|3|9|Studio", "Three|operations|5|1|9|Ann")),
                rule("§8.5 the CFO sees tiered actions of any area, with the cost per tier", report("cfo", "a"), AS_OF,
                        b -> assertThat(b.text()).contains("Capital deployment by tier", "Add a calendar",
                                "Automation total").doesNotContain("Untiered ux work"),
                        h("a", "2026-10").table("Actions", ACTIONS + "|tier|cost",
                                "Add a calendar|ux|5|1|30|Studio|automation|$600", "Untiered ux work|ux|5|1|30|Studio||")),
                rule("§8.5 a stakeholder report shows its assignees' open actions elsewhere and nothing else of them",
                        "reports:\n  - id: r\n    persona: stakeholder\n    entities: [a]\n    assignees: [Studio]\n",
                        AS_OF, b -> {
                            assertThat(b.text()).contains("Assigned work in other entities", "Build the site")
                                    .doesNotContain("Secret other work", "Other finding");
                            JsonNode assigned = b.figure("assigned_actions");
                            assertThat(assigned).hasSize(1);
                            assertThat(assigned.get(0).get("action").asText()).isEqualTo("Build the site");
                            assertThat(assigned.get(0).get("due").asText()).isEqualTo("2026-12-01");
                            assertThat(assigned.get(0).get("overdue").asBoolean()).isFalse();
                        },
                        h("a", "2026-10"),
                        h("b", "2026-10").table("Actions", ACTIONS, "Build the site|engineering|5|1|30|Studio",
                                "Secret other work|engineering|5|1|30|Bob").bullets("Findings",
                                "[high][security] Other finding")),
                rule("§8.5 the accounting roadmap comes from reports.yml with done and overdue marked",
                        report("accounting", "a") + "roadmap:\n  - milestone: Open the books\n    due: 2026-10-15\n"
                                + "  - milestone: Close October\n    due: 2026-10-20\n    done: true\n",
                        AS_OF, b -> {
                            JsonNode roadmap = b.figure("roadmap");
                            assertThat(roadmap.get(0).get("overdue").asBoolean()).isTrue();
                            assertThat(roadmap.get(1).get("done").asBoolean()).isTrue();
                            assertThat(roadmap.get(1).get("overdue").asBoolean()).isFalse();
                        },
                        h("a", "2026-10")),
                rule("§8.5 accounting flags an 'other' share of 25% or more", report("accounting", "a"), AS_OF,
                        b -> {
                            assertThat(b.figure("entities_other_share_flagged").asInt()).isEqualTo(1);
                            assertThat(b.text()).contains("25% or more");
                        },
                        h("a", "2026-10").table("Costs", COSTS, "Misc|other|25|||", "Fuel|insurance|75|||")),
                rule("§8.5 CMO buckets count days from the as-of date, overdue first", report("cmo", "a"),
                        LocalDate.of(2026, 12, 15), b -> assertThat(b.text()).containsSubsequence("Overdue",
                                "Mail the list", "Within 30 days", "Post on the profile"),
                        h("a", "2026-10").table("Actions", ACTIONS + "|channel", "Mail the list|marketing|5|1|10|Ann|email",
                                "Post on the profile|marketing|5|1|50|Ann|seo")),
                rule("§8.5 KPIs carry their previous value and change", report("cmo", "a"), AS_OF, b -> {
                            JsonNode kpi = b.figure("kpis").get(0);
                            assertThat(kpi.get("previous").asInt()).isEqualTo(11);
                            assertThat(kpi.get("change").asInt()).isEqualTo(-4);
                            assertThat(b.text()).contains("7, was 11");
                        },
                        h("a", "2026-10").table("KPIs", "kpi|value|target|unit|tracked|area", "Charters|7|10||yes|revenue"),
                        h("a", "2026-09").table("KPIs", "kpi|value|target|unit|tracked|area", "Charters|11|10||yes|revenue")),
                rule("§8.6 the report JSON carries the as-of date", report("ceo", "a"), LocalDate.of(2026, 11, 30),
                        b -> assertThat(b.json().get("as_of").asText()).isEqualTo("2026-11-30"), h("a", "2026-10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(Case c) {
        c.then().accept(build(c));
    }

    static Built build(Case c) {
        HandoffParser parser = new HandoffParser();
        List<Handoff> handoffs = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (HandoffMarkdown md : c.handoffs()) {
            String text = md.text();
            String entity = text.lines().filter(l -> l.startsWith("entity: ")).findFirst().orElseThrow().substring(8);
            String period = text.lines().filter(l -> l.startsWith("period: ")).findFirst().orElseThrow().substring(8);
            // the report period's handoff at the root, older ones under history/, as in the sample data
            String file = period.equals(OCT.toString()) ? entity + ".md" : "history/" + entity + "-" + period + ".md";
            HandoffParser.Parsed parsed = parser.parse(file, md.bytes());
            assertThat(parsed.warnings()).as(c.rule()).isEmpty();
            parsed.handoff().ifPresent(handoffs::add);
        }
        ReportsConfig config = new ReportsConfigParser().parse(c.reports().getBytes(StandardCharsets.UTF_8));
        Portfolio portfolio = Portfolio.resolve(handoffs, warnings, OCT).asOf(c.asOf());
        Report report = ReportBuilder.buildFor(ScopedView.of(portfolio, config.reports().get(0), config.policies(),
                config.roadmap()));
        try {
            return new Built(JSON.readTree(ReportJson.write(report)), new Renderer().text(report.document()),
                    report.warnings().stream().map(w -> w.file() + ":" + w.line() + " " + w.message()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
