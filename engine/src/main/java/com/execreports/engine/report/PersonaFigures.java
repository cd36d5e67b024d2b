package com.execreports.engine.report;

import com.execreports.domain.ReportsConfig.Milestone;
import com.execreports.engine.ScopedView.Assigned;
import com.execreports.engine.report.Figures.PolicyViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's computed figures, one record per persona (SPEC §5, §8.6). Builders fill them from
 * {@link Figures}, {@link Money} and the other calculators; {@link #json()} names each value as
 * the report JSON does, in the order it is written.
 */
public sealed interface PersonaFigures {

    /** Figure name (SPEC §5, §8.6) to a number, a list of rows, or {@code null} where the figure has no value. */
    Map<String, Object> json();

    /** A KPI row of the CMO and stakeholder lists, with last month's value where there is one. */
    record KpiRow(String entity, String kpi, BigDecimal value, BigDecimal target, BigDecimal previous) {
        Map<String, Object> json(boolean withEntity) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (withEntity) {
                m.put("entity", entity);
            }
            m.put("kpi", kpi);
            m.put("value", value);
            m.put("target", target);
            if (previous != null) {
                m.put("previous", previous);
                if (value != null) {
                    m.put("change", value.subtract(previous));
                }
            }
            return m;
        }
    }

    record Ceo(long criticalShortfalls, long missingKpis, long actionsDue30Days, long overdueActions,
               BigDecimal revenue, BigDecimal netMin, BigDecimal netMax, List<Owners.Load> owners)
            implements PersonaFigures {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("critical_shortfalls", criticalShortfalls);
            m.put("missing_kpis", missingKpis);
            m.put("actions_due_30_days", actionsDue30Days);
            m.put("overdue_actions", overdueActions);
            m.put("revenue", revenue);
            m.put("net_min", netMin);
            m.put("net_max", netMax);
            m.put("owners", owners.stream().map(Owners.Load::json).toList());
            return m;
        }
    }

    /** @param observedInfraSpend, accountFindings only when the AWS account was inspected ({@code inspected}) */
    record Cto(BigDecimal infraSpendMin, BigDecimal infraSpendMax, long engineeringActions, long findings,
               long overdueActions, boolean inspected, BigDecimal observedInfraSpend, long accountFindings)
            implements PersonaFigures {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("infra_spend_min", infraSpendMin);
            m.put("infra_spend_max", infraSpendMax);
            m.put("engineering_actions", engineeringActions);
            m.put("findings", findings);
            m.put("overdue_actions", overdueActions);
            if (inspected) {
                m.put("observed_infra_spend", observedInfraSpend);
                m.put("account_findings", accountFindings);
            }
            return m;
        }
    }

    record Accounting(long revenueRecognitionGaps, long uncategorizedExpenses, long entitiesWithoutAccountingSystem,
                      BigDecimal bookedRevenue, long entitiesOtherShareFlagged, List<Milestone> roadmap,
                      LocalDate asOf) implements PersonaFigures {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("revenue_recognition_gaps", revenueRecognitionGaps);
            m.put("uncategorized_expenses", uncategorizedExpenses);
            m.put("entities_without_accounting_system", entitiesWithoutAccountingSystem);
            m.put("booked_revenue", bookedRevenue);
            m.put("entities_other_share_flagged", entitiesOtherShareFlagged);
            m.put("roadmap", roadmap.stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("milestone", r.milestone());
                row.put("due", r.due().toString());
                row.put("owner", r.owner());
                row.put("done", r.done());
                row.put("overdue", !r.done() && r.due().isBefore(asOf));
                return row;
            }).toList());
            return m;
        }
    }

    record Cmo(BigDecimal opportunityMin, BigDecimal opportunityMax, long emailReach, BigDecimal opportunityAtPrice,
               BigDecimal marketingSpendMin, BigDecimal marketingSpendMax, List<KpiRow> kpis)
            implements PersonaFigures {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("opportunity_min", opportunityMin);
            m.put("opportunity_max", opportunityMax);
            m.put("email_reach", emailReach);
            m.put("opportunity_at_price", opportunityAtPrice);
            m.put("marketing_spend_min", marketingSpendMin);
            m.put("marketing_spend_max", marketingSpendMax);
            m.put("kpis", kpis.stream().map(k -> k.json(true)).toList());
            return m;
        }
    }

    /** @param portfolioBreakEvenUnits {@code null} when no entity states a positive unit margin */
    record Cfo(BigDecimal burnMin, BigDecimal burnMax, BigDecimal revenue, BigDecimal netMin, BigDecimal netMax,
               BigDecimal internalRevenue, BigDecimal bookedRevenue, Long portfolioBreakEvenUnits,
               List<PolicyViolation> policyViolations, List<Money.Month> revenueByMonth, boolean inspected,
               BigDecimal observedInfraSpend) implements PersonaFigures {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("burn_min", burnMin);
            m.put("burn_max", burnMax);
            m.put("revenue", revenue);
            m.put("net_min", netMin);
            m.put("net_max", netMax);
            m.put("internal_revenue", internalRevenue);
            m.put("booked_revenue", bookedRevenue);
            m.put("portfolio_break_even_units", portfolioBreakEvenUnits);
            m.put("policy_violations", policyViolations.stream().map(v -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rule", v.rule());
                row.put("entity", v.entity());
                row.put("detail", v.detail());
                return row;
            }).toList());
            m.put("policy_violation_count", policyViolations.size());
            m.put("revenue_by_month", revenueByMonth.stream().map(x -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("month", x.month().toString());
                row.put("target", x.target());
                row.put("actual", x.actual());
                row.put("untargeted", x.untargeted());
                return row;
            }).toList());
            if (inspected) {
                m.put("observed_infra_spend", observedInfraSpend);
            }
            return m;
        }
    }

    /** @param assigned {@code null} when the report names no assignees */
    record Stakeholder(BigDecimal burnMin, BigDecimal burnMax, long kpis, long missingKpis, BigDecimal revenue,
                       BigDecimal netMin, BigDecimal netMax, List<KpiRow> kpiValues, List<Assigned> assigned)
            implements PersonaFigures {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("burn_min", burnMin);
            m.put("burn_max", burnMax);
            m.put("kpis", kpis);
            m.put("missing_kpis", missingKpis);
            m.put("revenue", revenue);
            m.put("net_min", netMin);
            m.put("net_max", netMax);
            m.put("kpi_values", kpiValues.stream().map(k -> k.json(false)).toList());
            if (assigned != null) {
                m.put("assigned_actions", assigned.stream().map(a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("entity", a.entityId());
                    row.put("entity_name", a.entityName());
                    row.put("action", a.tracked().action().action());
                    row.put("owner", a.tracked().action().owner());
                    row.put("impact", a.tracked().action().impact());
                    row.put("due", a.tracked().due().toString());
                    row.put("overdue", a.tracked().overdue());
                    row.put("carried_over", a.tracked().carriedOver());
                    return row;
                }).toList());
            }
            return m;
        }
    }
}
