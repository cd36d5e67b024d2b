package com.execreports.adapter.outbound.aws.inspect;

import java.math.BigDecimal;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/**
 * The report month's AWS cost per entity tag value, from Cost Explorer. Each request costs
 * $0.01, so one request a run (more only if Cost Explorer pages the answer). Costs without the tag
 * come back under an empty value and go to the unassigned group; a tag must be activated as a
 * cost allocation tag before Cost Explorer groups by it.
 */
final class MonthlyCost {
    static final String METRIC = "UnblendedCost";

    private final CostExplorerClient costExplorer;

    MonthlyCost(CostExplorerClient costExplorer) {
        this.costExplorer = costExplorer;
    }

    void inspect(ReportingPeriod month, Collector out) {
        out.read("ce:GetCostAndUsage", "the month's AWS cost was not read", () -> groups(month, out.tagKey()))
                .ifPresent(groups -> {
                    out.costObserved();
                    for (Group group : groups) {
                        MetricValue cost = group.metrics().get(METRIC);
                        if (cost != null && cost.amount() != null && !group.keys().isEmpty()) {
                            out.cost(owner(group.keys().get(0), out.tagKey()), new BigDecimal(cost.amount()));
                        }
                    }
                });
    }

    private List<Group> groups(ReportingPeriod month, String tagKey) {
        List<Group> groups = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            GetCostAndUsageResponse page = costExplorer.getCostAndUsage(r -> r
                    .timePeriod(t -> t.start(month.firstDay().toString()).end(month.next().firstDay().toString()))
                    .granularity(Granularity.MONTHLY)
                    .metrics(METRIC)
                    .groupBy(g -> g.type(GroupDefinitionType.TAG).key(tagKey))
                    .nextPageToken(next));
            for (ResultByTime result : page.resultsByTime()) {
                groups.addAll(result.groups());
            }
            token = page.nextPageToken();
        } while (token != null && !token.isEmpty());
        return groups;
    }

    /** Cost Explorer names a tag group {@code key$value}; an empty value is the untagged cost. */
    static String owner(String groupKey, String tagKey) {
        String value = groupKey.startsWith(tagKey + "$") ? groupKey.substring(tagKey.length() + 1) : groupKey;
        return value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
