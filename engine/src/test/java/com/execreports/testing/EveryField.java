package com.execreports.testing;

import java.util.function.IntFunction;

/**
 * A handoff with caller-chosen text in every free-text field of SPEC §1 (the entity's name, every
 * text cell of every table, every finding, the narrative's heading and body), laid out so that
 * every persona shows some of them: critical and other findings, a missing KPI, a recognition gap,
 * an uncategorised cost, policy violations, actions in every area group, email and OTA channels.
 * Text must not hold '|' or a line break (it goes into table cells).
 */
public final class EveryField {
    /** How many fields {@link #handoff} fills: {@code text.apply(0)} to {@code text.apply(FIELDS - 1)}. */
    public static final int FIELDS = 27;

    private EveryField() {}

    public static HandoffMarkdown handoff(String entity, IntFunction<String> text) {
        return HandoffMarkdown.handoff(entity)
                .front("name", yamlQuoted("Entity " + text.apply(0)))
                .table("Assets", "asset | type | status | notes",
                        text.apply(1) + " | " + text.apply(2) + " | " + text.apply(3) + " | " + text.apply(4))
                .table("KPIs", "kpi | value | target | unit | tracked",
                        text.apply(5) + " | 3 | 4 | " + text.apply(6) + " | yes", text.apply(7) + " | | 5 | n | no")
                .table("Costs", "item | category | monthly_min | monthly_max | attribution",
                        text.apply(8) + " | infrastructure | $200 | | no",
                        text.apply(9) + " | marketing | $50 | | no",
                        text.apply(10) + " | | $5 | | no")
                .table("Revenue", "month | amount | recognized",
                        "2026-10 | $3,000 | " + text.apply(11), "2026-09 | $1,000 | ")
                .table("Targets", "month | revenue_target", "2026-10 | $4,000")
                .table("Channels", "channel | type | status | reach | sequence",
                        text.apply(12) + " | email | active | 100 | ", text.apply(13) + " | ota | planned | | 1")
                .table("Economics", "key | value", "unit | " + text.apply(14), "unit_margin | 100", "deal_value_min | 1000")
                .table("Hires", "role | monthly_cost | revenue_mapped", text.apply(15) + " | $3,000 | $1,000")
                .bullets("Findings", "[critical][security] " + text.apply(16), "[high][marketing] " + text.apply(17),
                        "[low][accounting] " + text.apply(18))
                .table("Actions", "action | area | impact | effort_days | due_days | owner",
                        text.apply(19) + " | security | 9 | 1 | 5 | " + text.apply(20),
                        text.apply(21) + " | marketing | 5 | 2 | 40 | " + text.apply(22),
                        text.apply(23) + " | accounting | 4 | 1 | 10 | " + text.apply(24))
                .text("Notes " + text.apply(25), text.apply(26));
    }

    /** A YAML double-quoted scalar holding {@code value} exactly. */
    public static String yamlQuoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
