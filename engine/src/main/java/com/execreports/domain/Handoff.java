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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entity's facts for one month, as read from one handoff file (already redacted): who it is
 * (the front matter, {@link About}) and what its sections hold ({@link Tables}). The accessors
 * below read through to either group, so a report builder writes {@code handoff.kpis()}; a change
 * to the facts replaces one group and copies nothing by hand.
 */
public record Handoff(About about, Tables tables) {

    public static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9-]+");

    public Handoff {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(tables, "tables");
    }

    /**
     * The front matter and where it came from.
     *
     * @param accountingSystem the product in use, "none", or {@code null} when not stated
     * @param file data-root-relative path of the file it came from
     */
    public record About(String entity, String name, EntityKind kind, ReportingPeriod period,
                        @Nullable String accountingSystem, String file) {
        public About {
            Objects.requireNonNull(entity, "entity");
            if (!ENTITY_ID.matcher(entity).matches()) {
                throw new IllegalArgumentException("entity id must match [a-z0-9-]+");
            }
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(file, "file");
        }
    }

    /** The sections' rows, each list in the file's order; {@link Economics#NONE} when the section is absent. */
    public record Tables(List<Asset> assets, List<Kpi> kpis, List<Cost> costs, List<Revenue> revenue,
                         List<Target> targets, List<Channel> channels, Economics economics, List<Hire> hires,
                         List<Finding> findings, List<Action> actions, List<Narrative> narrative) {
        public static final Tables EMPTY = new Tables(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Economics.NONE, List.of(), List.of(), List.of(), List.of());

        public Tables {
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

        /** The same rows with other findings and actions: the only two lists anything changes. */
        public Tables withFindingsAndActions(List<Finding> newFindings, List<Action> newActions) {
            return new Tables(assets, kpis, costs, revenue, targets, channels, economics, hires, newFindings,
                    newActions, narrative);
        }
    }

    /** A placeholder for an entity whose handoffs all describe later months. */
    public static Handoff empty(String entity, String name, ReportingPeriod period, String file) {
        return new Handoff(new About(entity, name, EntityKind.OTHER, period, null, file), Tables.EMPTY);
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
        return withTables(t -> t.withFindingsAndActions(
                t.findings().stream().filter(f -> areas.contains(f.area())).toList(),
                t.actions().stream().filter(a -> areas.contains(a.area()) || (tieredActions && a.tier() != null))
                        .toList()));
    }

    /** The same facts with {@code more} findings after its own: what inspecting the account found. */
    public Handoff withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(tables.findings());
        all.addAll(more);
        return withTables(t -> t.withFindingsAndActions(all, t.actions()));
    }

    private Handoff withTables(UnaryOperator<Tables> change) {
        return new Handoff(about, change.apply(tables));
    }

    /** Whether an accounting product is in use ("none" and not stated both mean no). */
    public boolean hasAccountingSystem() {
        String system = about.accountingSystem();
        return system != null && !system.isBlank() && !system.trim().equalsIgnoreCase("none");
    }

    // read-through accessors: the front matter
    public String entity() { return about.entity(); }
    public String name() { return about.name(); }
    public EntityKind kind() { return about.kind(); }
    public ReportingPeriod period() { return about.period(); }
    public @Nullable String accountingSystem() { return about.accountingSystem(); }
    public String file() { return about.file(); }

    // read-through accessors: the sections
    public List<Asset> assets() { return tables.assets(); }
    public List<Kpi> kpis() { return tables.kpis(); }
    public List<Cost> costs() { return tables.costs(); }
    public List<Revenue> revenue() { return tables.revenue(); }
    public List<Target> targets() { return tables.targets(); }
    public List<Channel> channels() { return tables.channels(); }
    public Economics economics() { return tables.economics(); }
    public List<Hire> hires() { return tables.hires(); }
    public List<Finding> findings() { return tables.findings(); }
    public List<Action> actions() { return tables.actions(); }
    public List<Narrative> narrative() { return tables.narrative(); }
}
