package com.execreports.domain;

import com.execreports.domain.Items.Action;
import com.execreports.domain.Items.Asset;
import com.execreports.domain.Items.Channel;
import com.execreports.domain.Items.Cost;
import com.execreports.domain.Items.Economics;
import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Hire;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Items.Narrative;
import com.execreports.domain.Items.Revenue;
import com.execreports.domain.Items.Target;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entity's facts for one month, as read from one handoff file (already redacted).
 *
 * @param accountingSystem the product in use, "none", or {@code null} when not stated
 * @param file data-root-relative path of the file it came from
 */
public record Handoff(
        String entity, String name, EntityKind kind, YearMonth period, String accountingSystem, String file,
        List<Asset> assets, List<Kpi> kpis, List<Cost> costs, List<Revenue> revenue, List<Target> targets,
        List<Channel> channels, Economics economics, List<Hire> hires, List<Finding> findings,
        List<Action> actions, List<Narrative> narrative) {

    public static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9-]+");

    public Handoff {
        Objects.requireNonNull(entity, "entity");
        if (!ENTITY_ID.matcher(entity).matches()) {
            throw new IllegalArgumentException("entity id must match [a-z0-9-]+");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(file, "file");
        assets = List.copyOf(assets);
        kpis = List.copyOf(kpis);
        costs = List.copyOf(costs);
        revenue = List.copyOf(revenue);
        targets = List.copyOf(targets);
        channels = List.copyOf(channels);
        economics = economics == null ? Economics.NONE : economics;
        hires = List.copyOf(hires);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        narrative = List.copyOf(narrative);
    }

    /** A placeholder for an entity whose handoffs all describe later months. */
    public static Handoff empty(String entity, String name, YearMonth period, String file) {
        return new Handoff(entity, name, EntityKind.OTHER, period, null, file, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Economics.NONE, List.of(), List.of(), List.of(), List.of());
    }

    /** The same facts with Findings and Actions limited to {@code areas}: the one scope filter. */
    public Handoff restrictedTo(Set<Area> areas) {
        return restrictedTo(areas, false);
    }

    /**
     * As {@link #restrictedTo(Set)}; with {@code tieredActions} an action with a capital-deployment
     * tier is kept whatever its area (SPEC §8.5: the CFO sees every tiered action).
     */
    public Handoff restrictedTo(Set<Area> areas, boolean tieredActions) {
        return new Handoff(entity, name, kind, period, accountingSystem, file, assets, kpis, costs, revenue,
                targets, channels, economics, hires,
                findings.stream().filter(f -> areas.contains(f.area())).toList(),
                actions.stream().filter(a -> areas.contains(a.area()) || (tieredActions && a.tier() != null)).toList(),
                narrative);
    }

    /** The same facts with {@code more} findings after its own: what inspecting the account found. */
    public Handoff withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new Handoff(entity, name, kind, period, accountingSystem, file, assets, kpis, costs, revenue,
                targets, channels, economics, hires, all, actions, narrative);
    }

    /** Whether an accounting product is in use ("none" and not stated both mean no). */
    public boolean hasAccountingSystem() {
        return accountingSystem != null && !accountingSystem.isBlank()
                && !accountingSystem.trim().equalsIgnoreCase("none");
    }
}
