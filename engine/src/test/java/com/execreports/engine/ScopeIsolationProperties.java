package com.execreports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.domain.AccountObservations;
import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.AccountObservations.Resource;
import com.execreports.domain.Area;
import com.execreports.domain.Handoff;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Persona;
import com.execreports.domain.Policies;
import com.execreports.domain.ReportDefinition;
import com.execreports.domain.Severity;
import com.execreports.engine.parse.HandoffParser;
import com.execreports.engine.render.Renderer;
import com.execreports.engine.render.ReportJson;
import com.execreports.engine.report.Format;
import com.execreports.engine.report.Report;
import com.execreports.engine.report.ReportBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Multi-tenancy as a property: random portfolios whose every field carries a unique marker,
 * written as markdown and read by the real parser; for every persona and every scope, no part of
 * a report (subject, text, HTML, JSON) holds a marker of an entity outside its scope, or of a
 * finding or action in an area its persona may not see. With the AWS account inspected too, the
 * same holds for each entity's live findings, resources and bill, and the unassigned group's
 * (untagged resources, and those tagged for an entity with no handoff) reach only the CEO and CTO.
 * Each entity also has last month's handoff (closed actions and resolved findings obey the same
 * scope); every other action is tiered (only the CFO sees it outside its areas); and a stakeholder
 * report with an assignee shows the assignee's open actions elsewhere with their entity's name,
 * and nothing else of those entities.
 */
class ScopeIsolationProperties {
    private static final ReportingPeriod PERIOD = ReportingPeriod.of(2026, 10);
    private final HandoffParser parser = new HandoffParser();
    private final Renderer renderer = new Renderer();

    /**
     * A marker and what it belongs to: an entity ({@code null}: the unassigned group), and an area
     * when it is in a finding, action or inspected resource.
     */
    record Marker(String text, String entity, Area area, boolean tiered, boolean assigned) {
        Marker(String text, String entity, Area area) {
            this(text, entity, area, false, false);
        }
    }

    /** The owner of every third action: a stakeholder report with this assignee shows those actions alone. */
    static final String SHARED_OWNER = "Shared studio";

    /** One generated entity: which areas its findings and actions are in. */
    record EntitySpec(List<Area> findingAreas, List<Area> actionAreas) {}

    @Provide
    Arbitrary<List<EntitySpec>> portfolios() {
        Arbitrary<List<Area>> areas = Arbitraries.of(Area.class).list().ofMinSize(0).ofMaxSize(6);
        return Combinators.combine(areas, areas).as(EntitySpec::new).list().ofMinSize(2).ofMaxSize(4);
    }

    @Property(tries = 60)
    void noReportShowsAnythingOutsideItsScope(@ForAll("portfolios") List<EntitySpec> specs,
                                              @ForAll Persona persona, @ForAll("subsetSeeds") int seed,
                                              @ForAll boolean inspected) {
        List<Marker> markers = new ArrayList<>();
        List<Handoff> handoffs = new ArrayList<>();
        for (int e = 0; e < specs.size(); e++) {
            String id = "zq" + e + "00000q";
            String markdown = handoff(id, specs.get(e), markers, "2026-10", "");
            HandoffParser.Parsed parsed = parser.parse(id + ".md", markdown.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.warnings()).as("generated handoff is valid").isEmpty();
            handoffs.add(parsed.handoff().orElseThrow());
            // last month's handoff too: its closed actions and resolved findings obey the same scope
            String previous = handoff(id, specs.get(e), markers, "2026-09", "p");
            HandoffParser.Parsed before = parser.parse("history/" + id + ".md", previous.getBytes(StandardCharsets.UTF_8));
            assertThat(before.warnings()).as("generated previous handoff is valid").isEmpty();
            handoffs.add(before.handoff().orElseThrow());
        }
        List<String> ids = handoffs.stream().map(Handoff::entity).distinct().toList();
        Portfolio portfolio = Portfolio.resolve(handoffs, List.of(), PERIOD);
        if (inspected) {
            portfolio = portfolio.withAccount(account(ids, specs, markers));
        }
        List<String> scope = persona == Persona.STAKEHOLDER ? List.of(ids.get(seed % ids.size()))
                : pick(ids, seed);
        boolean assignees = persona == Persona.STAKEHOLDER && seed % 2 == 0;
        ReportDefinition definition = new ReportDefinition("r", persona, "Report {x}", scope, false,
                "{title} for {period}", 1, false, assignees ? List.of(SHARED_OWNER) : List.of());
        Report report = ReportBuilder.buildFor(ScopedView.of(portfolio, definition, Policies.DEFAULTS));
        String everything = report.subject() + renderer.html(report.document(), com.execreports.engine.render.ChartSource.files(report.id())) + renderer.text(report.document())
                + new String(ReportJson.write(report), StandardCharsets.UTF_8);

        Set<Area> visible = persona.areas();
        for (Marker m : markers) {
            boolean owner = m.entity() == null ? ScopedView.UNASSIGNED_PERSONAS.contains(persona)
                    : scope.contains(m.entity());
            boolean seen = m.area() == null || visible.contains(m.area()) || (m.tiered() && persona == Persona.CFO);
            boolean inScope = (owner && seen) || (assignees && m.assigned());
            if (!inScope) {
                assertThat(everything).as("%s report over %s must not show %s", persona, scope, m).doesNotContain(m.text());
            }
        }
    }

    /**
     * What the account shows: per entity, live findings in its spec's finding areas, one resource
     * per area and a bill; the same for untagged resources and for a tag naming no entity. Bills
     * are markers too: distinct amounts whose cents tell an entity's from any sum.
     */
    private static AccountObservations account(List<String> ids, List<EntitySpec> specs, List<Marker> markers) {
        Map<String, Observed> tagged = new HashMap<>();
        for (int e = 0; e < ids.size(); e++) {
            tagged.put(ids.get(e), observed(ids.get(e), specs.get(e).findingAreas(), 910_000 + e * 1_000, markers));
        }
        tagged.put("zqghost", observed(null, List.of(Area.values()), 920_000, markers));
        Observed untagged = observed(null, List.of(Area.values()), 930_000, markers);
        return new AccountObservations("aws:us-east-1", "entity", tagged, untagged, true, List.of());
    }

    private static Observed observed(String entity, List<Area> areas, int dollars, List<Marker> markers) {
        String prefix = "mk" + (entity == null ? "U" + dollars / 10_000 : entity.substring(2, 3));
        List<Finding> findings = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        String[] severities = {"critical", "high", "medium", "low"};
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            findings.add(new Finding(Severity.parse(severities[i % 4]).orElseThrow(), area,
                    live(prefix + "live" + (i + 1) + "x", entity, area, markers), Finding.Source.ACCOUNT));
            resources.add(new Resource("Lambda function", live(prefix + "res" + (i + 1) + "x", entity, area, markers),
                    live(prefix + "state" + (i + 1) + "x", entity, area, markers), area));
        }
        BigDecimal bill = new BigDecimal(dollars + ".37");
        markers.add(new Marker(Format.money(bill), entity, null));
        return new Observed(findings, resources, bill);
    }

    private static String live(String text, String entity, Area area, List<Marker> markers) {
        markers.add(new Marker(text, entity, area));
        return text;
    }

    @Provide
    Arbitrary<Integer> subsetSeeds() {
        return Arbitraries.integers().between(1, 1_000);
    }

    private static List<String> pick(List<String> ids, int seed) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if ((seed >> i & 1) == 1) {
                picked.add(ids.get(i));
            }
        }
        return picked.isEmpty() ? List.of(ids.get(0)) : picked;
    }

    /** A handoff with a fresh marker in every cell that is free text or a name. */
    private static String handoff(String id, EntitySpec spec, List<Marker> markers, String period, String tag) {
        Map<String, Integer> counter = new HashMap<>();
        java.util.function.BiFunction<String, Area, String> mark = (kind, area) -> {
            String text = "mk" + id.substring(2, 3) + tag + kind + counter.merge(kind, 1, Integer::sum) + "x";
            markers.add(new Marker(text, id, area));
            return text;
        };
        boolean current = tag.isEmpty();
        StringBuilder md = new StringBuilder();
        String name = mark.apply("name", null);
        if (current && !spec.actionAreas().isEmpty()) {
            // an assigned action is shown with its entity's name, and nothing else of that entity
            markers.set(markers.size() - 1, new Marker(name, id, null, false, true));
        }
        md.append("---\nentity: ").append(id).append("\nname: ").append(name)
                .append("\nkind: charter\nperiod: ").append(period).append("\naccounting_system: ").append(mark.apply("acct", null))
                .append("\n---\n\n");
        md.append("## Assets\n\n| asset | type | status | notes |\n|---|---|---|---|\n| ")
                .append(mark.apply("asset", null)).append(" | ").append(mark.apply("atype", null)).append(" | ")
                .append(mark.apply("astatus", null)).append(" | ").append(mark.apply("anotes", null)).append(" |\n\n");
        md.append("## KPIs\n\n| kpi | value | target | unit | tracked |\n|---|---|---|---|---|\n| ")
                .append(mark.apply("kpi", null)).append(" |  | 10 | ").append(mark.apply("unit", null)).append(" | no |\n\n");
        md.append("## Costs\n\n| item | category | monthly_min | monthly_max | attribution |\n|---|---|---|---|---|\n| ")
                .append(mark.apply("cost", null)).append(" | marketing | 10 | 20 | no |\n| ")
                .append(mark.apply("infra", null)).append(" | infrastructure | 500 | 600 | yes |\n| ")
                .append(mark.apply("misc", null)).append(" |  | 5 |  | no |\n\n");
        md.append("## Revenue\n\n| month | amount | recognized |\n|---|---|---|\n| 2026-10 | 100 | ")
                .append(mark.apply("recog", null)).append(" |\n\n");
        md.append("## Channels\n\n| channel | type | status | reach | sequence |\n|---|---|---|---|---|\n| ")
                .append(mark.apply("email", null)).append(" | email | active | 10 | |\n| ")
                .append(mark.apply("ota", null)).append(" | ota | planned | | 1 |\n\n");
        md.append("## Economics\n\n| key | value |\n|---|---|\n| unit | ").append(mark.apply("unitname", null))
                .append(" |\n| unit_margin | 100 |\n| deal_value_min | 5 |\n| deal_value_max | 9 |\n\n");
        md.append("## Hires\n\n| role | monthly_cost | revenue_mapped |\n|---|---|---|\n| ")
                .append(mark.apply("hire", null)).append(" | 1000 | |\n\n");
        md.append("## Findings\n\n");
        String[] severities = {"critical", "high", "medium", "low"};
        for (int i = 0; i < spec.findingAreas().size(); i++) {
            Area area = spec.findingAreas().get(i);
            md.append("- [").append(severities[i % 4]).append("][").append(area.label()).append("] ")
                    .append(mark.apply("finding", area)).append('\n');
        }
        md.append("\n## Actions\n\n| action | area | impact | effort_days | due_days | owner | tier | cost |"
                + "\n|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < spec.actionAreas().size(); i++) {
            Area area = spec.actionAreas().get(i);
            // every other action is tiered (the CFO sees it whatever its area); every third of this
            // month's is the shared assignee's (a stakeholder report with that assignee shows it alone)
            boolean tiered = i % 2 == 1;
            boolean shared = current && i % 3 == 0;
            String action = "mk" + id.substring(2, 3) + tag + "action" + (i + 1) + "x";
            markers.add(new Marker(action, id, area, tiered, shared));
            String owner = shared ? SHARED_OWNER : mark.apply("owner", area);
            if (!shared) {
                markers.set(markers.size() - 1, new Marker(owner, id, area, tiered, false));
            }
            md.append("| ").append(action).append(" | ").append(area.label()).append(" | ")
                    .append(1 + i % 10).append(" | 1 | ").append(i * 25).append(" | ").append(owner)
                    .append(" | ").append(tiered ? "automation" : "").append(" | ").append(tiered ? "7" : "")
                    .append(" |\n");
        }
        md.append("\n## Notes\n\n").append(mark.apply("narrative", null)).append(" is free text.\n");
        return md.toString();
    }

    @SuppressWarnings("unused")
    private static String describe(List<Marker> markers) {
        return markers.stream().map(Marker::text).collect(Collectors.joining(","));
    }
}
