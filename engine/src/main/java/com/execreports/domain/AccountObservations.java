package com.execreports.domain;

import com.execreports.domain.Items.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What inspecting the AWS account showed for one report period: a second, optional source of
 * findings and figures beside the handoffs. Resources are grouped by the value of their entity tag,
 * not yet matched to the portfolio (the engine does that); resources without the tag form one
 * group. Names resources and variables, never a credential's value.
 *
 * @param source where the observations come from, for warnings: e.g. {@code aws:us-east-1}
 * @param tagKey the tag that names a resource's entity, e.g. {@code entity}
 * @param tagged by tag value
 * @param untagged the resources without the tag, and account-wide findings
 * @param costObserved whether the month's cost was read: then a group without cost cost nothing,
 *                     otherwise its cost is unknown
 * @param warnings checks that could not be made (a denied call, a service that did not answer)
 */
public record AccountObservations(String source, String tagKey, Map<String, Observed> tagged, Observed untagged,
                                  boolean costObserved, List<Warning> warnings) {
    public AccountObservations {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tagKey, "tagKey");
        tagged = Map.copyOf(tagged);
        Objects.requireNonNull(untagged, "untagged");
        warnings = List.copyOf(warnings);
    }

    /**
     * One group's observations.
     *
     * @param findings in the handoffs' model, each with source {@link Finding.Source#ACCOUNT}
     * @param resources what was seen, for the CTO's inventory
     * @param infraSpend the month's cost from Cost Explorer; {@code null} when not known
     */
    public record Observed(List<Finding> findings, List<Resource> resources, @Nullable BigDecimal infraSpend) {
        public static final Observed EMPTY = new Observed(List.of(), List.of(), null);

        public Observed {
            findings = List.copyOf(findings);
            resources = List.copyOf(resources);
        }

        /** Both groups' findings and resources, and the sum of the costs known. */
        public Observed plus(Observed other) {
            List<Finding> f = new ArrayList<>(findings);
            f.addAll(other.findings);
            List<Resource> r = new ArrayList<>(resources);
            r.addAll(other.resources);
            BigDecimal spend = infraSpend == null ? other.infraSpend
                    : other.infraSpend == null ? infraSpend : infraSpend.add(other.infraSpend);
            return new Observed(f, r, spend);
        }

        /** The same without findings, once they have moved into a handoff. */
        public Observed withoutFindings() {
            return new Observed(List.of(), resources, infraSpend);
        }

        /** A known cost, zero when none was given: for a group Cost Explorer had nothing on. */
        public Observed withSpendOrZero() {
            return infraSpend != null ? this : new Observed(findings, resources, BigDecimal.ZERO);
        }

        /** Findings and resources limited to {@code areas}, as a persona may see them; the cost stays. */
        public Observed restrictedTo(Set<Area> areas) {
            return new Observed(findings.stream().filter(f -> areas.contains(f.area())).toList(),
                    resources.stream().filter(r -> areas.contains(r.area())).toList(), infraSpend);
        }
    }

    /**
     * A resource as the inventory lists it.
     *
     * @param kind e.g. "Lambda function"
     * @param state e.g. the runtime, "verified", "no point-in-time recovery"
     * @param area who may see it: the area of the findings a resource like it gives
     */
    public record Resource(String kind, String name, String state, Area area) {
        public Resource {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(area, "area");
        }
    }
}
