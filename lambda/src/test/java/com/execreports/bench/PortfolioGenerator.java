package com.execreports.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic portfolio of N entities: one realistic handoff per entity (every section,
 * about the size of the sample ones), a reports.yml with the five persona reports over all
 * entities plus one stakeholder report per entity, and an env file with recipients for all of
 * them. Deterministic for a given N and seed.
 */
public final class PortfolioGenerator {
    private static final String[] KINDS = {"charter", "hauling", "services", "rental", "other"};
    private static final String[] AREAS = {"security", "engineering", "infrastructure", "ux", "revenue", "marketing",
            "finance", "accounting", "operations"};
    private static final String[] SEVERITIES = {"critical", "high", "medium", "low"};
    private static final String[] CATEGORIES = {"infrastructure", "software", "marketing", "payroll", "insurance", "other", ""};
    private static final String[] CHANNELS = {"email", "sms", "ota", "social", "seo", "paid", "referral"};
    private static final String[] STATUSES = {"active", "planned", "inactive", "none"};

    private PortfolioGenerator() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[1]), Integer.parseInt(args[0]), 42);
    }

    /** Writes the portfolio into {@code dir} (created if needed). */
    public static void write(Path dir, int entities, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder reports = new StringBuilder("reports:\n");
        StringBuilder env = new StringBuilder("SES_SENDER_ADDRESS=reports@example.com\nAUDIT_BCC_ADDRESS=audit@example.com\n");
        for (String persona : new String[] {"ceo", "cto", "accounting", "cmo", "cfo"}) {
            reports.append("  - id: ").append(persona).append("\n    persona: ").append(persona)
                    .append("\n    entities: all\n");
            env.append("REPORT_").append(persona.toUpperCase()).append("_TO=").append(persona).append("@example.com\n");
        }
        for (int i = 0; i < entities; i++) {
            String id = String.format("entity-%05d", i);
            Files.writeString(dir.resolve(id + ".md"), handoff(id, i, random));
            reports.append("  - id: s-").append(id).append("\n    persona: stakeholder\n    title: Entity ").append(i)
                    .append("\n    entities: [").append(id).append("]\n");
            env.append("REPORT_S_").append(id.toUpperCase().replace('-', '_')).append("_TO=owner").append(i)
                    .append("@example.com\n");
        }
        Files.writeString(dir.resolve("reports.yml"), reports);
        Files.writeString(dir.resolve("demo.env"), env);
    }

    static String handoff(String id, int n, Random r) {
        StringBuilder md = new StringBuilder();
        md.append("---\nentity: ").append(id).append("\nname: Entity ").append(n).append("\nkind: ")
                .append(KINDS[n % KINDS.length]).append("\nperiod: 2026-10\naccounting_system: none\n---\n\n");
        md.append("# Entity ").append(n).append("\n\nA synthetic business for benchmarks.\n\n");
        md.append("## Assets\n\n| asset | type | status | notes |\n|---|---|---|---|\n");
        for (int i = 0; i < 4; i++) {
            md.append("| Asset ").append(i).append(" | domain | live | notes about asset ").append(i).append(" |\n");
        }
        md.append("\n## KPIs\n\n| kpi | value | target | unit | tracked |\n|---|---|---|---|---|\n");
        for (int i = 0; i < 5; i++) {
            boolean tracked = r.nextInt(4) > 0;
            md.append("| KPI ").append(i).append(" | ").append(tracked ? String.valueOf(r.nextInt(100)) : "")
                    .append(" | 80 | % | ").append(tracked ? "yes" : "no").append(" |\n");
        }
        md.append("\n## Costs\n\n| item | category | monthly_min | monthly_max | attribution |\n|---|---|---|---|---|\n");
        for (int i = 0; i < 8; i++) {
            int min = 10 + r.nextInt(500);
            md.append("| Cost ").append(i).append(" | ").append(CATEGORIES[i % CATEGORIES.length]).append(" | $")
                    .append(min).append(" | $").append(min + r.nextInt(100)).append(" | ")
                    .append(r.nextBoolean() ? "yes" : "no").append(" |\n");
        }
        md.append("\n## Revenue\n\n| month | amount | recognized |\n|---|---|---|\n");
        for (int m = 8; m <= 10; m++) {
            md.append("| 2026-").append(String.format("%02d", m)).append(" | ").append(1000 + r.nextInt(9000))
                    .append(" | ").append(r.nextBoolean() ? "on delivery" : "").append(" |\n");
        }
        md.append("\n## Targets\n\n| month | revenue_target |\n|---|---|\n| 2026-10 | 8000 |\n| 2026-11 | 9000 |\n");
        md.append("\n## Channels\n\n| channel | type | status | reach | sequence |\n|---|---|---|---|---|\n");
        for (int i = 0; i < CHANNELS.length; i++) {
            md.append("| Channel ").append(i).append(" | ").append(CHANNELS[i]).append(" | ")
                    .append(STATUSES[r.nextInt(STATUSES.length)]).append(" | ").append(r.nextInt(5000)).append(" | ")
                    .append(i).append(" |\n");
        }
        md.append("\n## Economics\n\n| key | value |\n|---|---|\n| unit | job |\n| unit_margin | ")
                .append(100 + r.nextInt(1500)).append(" |\n| deal_value_min | 100 |\n| deal_value_max | 900 |\n");
        md.append("\n## Hires\n\n| role | monthly_cost | revenue_mapped |\n|---|---|---|\n| Helper | 3000 | ")
                .append(r.nextInt(9000)).append(" |\n");
        md.append("\n## Findings\n\n");
        for (int i = 0; i < 6; i++) {
            md.append("- [").append(SEVERITIES[r.nextInt(4)]).append("][").append(AREAS[r.nextInt(AREAS.length)])
                    .append("] Finding ").append(i).append(" of entity ").append(n)
                    .append(": something that needs attention this month.\n");
        }
        md.append("\n## Actions\n\n| action | area | impact | effort_days | due_days | owner |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < 6; i++) {
            md.append("| Action ").append(i).append(" for entity ").append(n).append(" | ")
                    .append(AREAS[r.nextInt(AREAS.length)]).append(" | ").append(1 + r.nextInt(10)).append(" | 2 | ")
                    .append(r.nextInt(120)).append(" | Owner ").append(n).append(" |\n");
        }
        md.append("\n## Notes\n\nFree narrative for the stakeholder report of entity ").append(n).append(".\n");
        return md.toString();
    }
}
