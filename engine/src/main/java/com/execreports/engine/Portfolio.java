package com.execreports.engine;

import com.execreports.domain.AccountObservations;
import com.execreports.domain.AccountObservations.Observed;
import com.execreports.domain.Handoff;
import com.execreports.domain.Warning;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every entity's winning handoff for a report period (SPEC §1, §7): the latest period not after
 * the report period wins; on a tie the path that sorts first; an older winner is stale; an entity
 * whose handoffs all describe later months has no data.
 *
 * @param entities by entity id, sorted
 * @param fileEntities which entity each parsed file described, to scope warnings to reports
 * @param unassigned what inspecting the AWS account found on no entity of the portfolio; empty when
 *                   the account was not inspected
 */
public record Portfolio(ReportingPeriod period, Map<String, EntityState> entities, Map<String, String> fileEntities,
                        List<Warning> warnings, Optional<EntityState> unassigned, LocalDate asOf) {

    /**
     * {@code UNUSABLE}: the entity's only handoff for the month could not be read or parsed (a
     * warning says why); its reports say it has no usable handoff this month.
     */
    public enum Status { CURRENT, STALE, NO_DATA, UNUSABLE }

    /** An entity whose handoff file was refused whole, and that file. */
    public record Unusable(String entity, String name, String file) {}

    /** The pseudo-entity id of the unassigned group; never a key of {@link #entities}. */
    public static final String UNASSIGNED = "unassigned";

    /**
     * One entity as a report sees it.
     *
     * @param account what the AWS account showed for it besides the findings, which are in the
     *                handoff already; {@code null} when the account was not inspected
     * @param history the entity's handoffs for periods before {@code handoff}'s, one per period,
     *                newest first: the previous handoff and the ones before it (SPEC §8.2)
     */
    public record EntityState(Handoff handoff, Status status, @Nullable Observed account,
                              List<Handoff> history) {
        public EntityState {
            history = history == null ? List.of() : List.copyOf(history);
        }

        public EntityState(Handoff handoff, Status status) {
            this(handoff, status, null, List.of());
        }

        public EntityState(Handoff handoff, Status status, Observed account) {
            this(handoff, status, account, List.of());
        }

        public String id() {
            return handoff.entity();
        }

        EntityState withHistory(List<Handoff> earlier) {
            return new EntityState(handoff, status, account, earlier);
        }
    }

    public Portfolio {
        entities = Map.copyOf(entities);
        fileEntities = Map.copyOf(fileEntities);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(unassigned, "unassigned");
        asOf = asOf == null ? ScopedView.defaultAsOf(period) : asOf;
    }

    public Portfolio(ReportingPeriod period, Map<String, EntityState> entities, Map<String, String> fileEntities,
                     List<Warning> warnings) {
        this(period, entities, fileEntities, warnings, Optional.empty(), null);
    }

    /** The same portfolio read on another day (SPEC §8.2): the date overdue is judged against. */
    public Portfolio asOf(LocalDate date) {
        return new Portfolio(period, entities, fileEntities, warnings, unassigned, date);
    }

    /** Whether the AWS account was inspected for this portfolio. */
    public boolean inspected() {
        return unassigned.isPresent();
    }

    /**
     * The portfolio with what the AWS account showed: each entity's findings join its handoff's,
     * where every report already reads findings, and its resources and cost ride along; what is
     * tagged for no entity of the portfolio, or not tagged at all, becomes the unassigned group.
     */
    public Portfolio withAccount(AccountObservations account) {
        Observed rest = account.untagged();
        List<Warning> all = new ArrayList<>(warnings);
        for (Map.Entry<String, Observed> group : new TreeMap<>(account.tagged()).entrySet()) {
            if (!entities.containsKey(group.getKey())) {
                rest = rest.plus(group.getValue());
                all.add(Warning.of(account.source(), "AWS resources tagged " + account.tagKey() + "=" + group.getKey()
                        + " belong to no entity with a handoff; the CEO and CTO reports list them as unassigned"));
            }
        }
        all.addAll(account.warnings());
        Map<String, EntityState> merged = new TreeMap<>();
        entities.forEach((id, state) -> merged.put(id, observed(state.handoff(), state.status(),
                account.tagged().getOrDefault(id, Observed.EMPTY), account.costObserved()).withHistory(state.history())));
        Handoff unassignedHandoff = Handoff.empty(UNASSIGNED, "Unassigned AWS resources", period, account.source());
        EntityState unassignedState = observed(unassignedHandoff, Status.CURRENT, rest, account.costObserved());
        return new Portfolio(period, merged, fileEntities, all, Optional.of(unassignedState), asOf);
    }

    private static EntityState observed(Handoff handoff, Status status, Observed observed, boolean costObserved) {
        Observed kept = costObserved ? observed.withSpendOrZero() : observed;
        return new EntityState(handoff.withFindings(observed.findings()), status, kept.withoutFindings());
    }

    public Optional<EntityState> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public List<String> entityIds() {
        return entities.keySet().stream().sorted().toList();
    }

    /** @param inputWarnings warnings already raised while reading the files, kept in front */
    public static Portfolio resolve(List<Handoff> handoffs, List<Warning> inputWarnings, ReportingPeriod period) {
        return resolve(handoffs, inputWarnings, period, List.of());
    }

    /**
     * @param unusable entities whose handoff file was refused whole; one that has no other
     *                 handoff is kept, as {@link Status#UNUSABLE}, so that a bad file costs only its
     *                 own entity
     */
    public static Portfolio resolve(List<Handoff> handoffs, List<Warning> inputWarnings, ReportingPeriod period,
                                    List<Unusable> unusable) {
        List<Warning> warnings = new ArrayList<>(inputWarnings);
        Map<String, String> fileEntities = new TreeMap<>();
        handoffs.forEach(h -> fileEntities.put(h.file(), h.entity()));
        Map<String, List<Handoff>> byEntity = handoffs.stream()
                .sorted(Comparator.comparing(Handoff::file))
                .collect(Collectors.groupingBy(Handoff::entity, TreeMap::new, Collectors.toList()));
        Map<String, EntityState> entities = new TreeMap<>();
        byEntity.forEach((id, files) -> {
            warnDuplicates(files, warnings);
            entities.put(id, choose(files, period, warnings));
        });
        for (Unusable u : unusable) {
            // the file's own warning gives the reason; the entity's reports carry it too
            fileEntities.putIfAbsent(u.file(), u.entity());
            if (!entities.containsKey(u.entity())) {
                entities.put(u.entity(), new EntityState(Handoff.empty(u.entity(), u.name(), period, u.file()),
                        Status.UNUSABLE));
            }
        }
        return new Portfolio(period, entities, fileEntities, warnings);
    }

    private static EntityState choose(List<Handoff> files, ReportingPeriod period, List<Warning> warnings) {
        Optional<Handoff> winner = files.stream()
                .filter(h -> !h.period().isAfter(period))
                // files are in path order and max keeps the first of equals only with this comparator
                .reduce((best, next) -> next.period().isAfter(best.period()) ? next : best);
        if (winner.isPresent()) {
            Handoff h = winner.get();
            List<Handoff> history = history(files, h.period());
            if (h.period().isBefore(period)) {
                warnings.add(Warning.of(h.file(), "entity '" + h.entity() + "': the latest handoff is for "
                        + h.period() + ", not " + period + "; its reports mark it stale"));
                return new EntityState(h, Status.STALE, null, history);
            }
            return new EntityState(h, Status.CURRENT, null, history);
        }
        Handoff first = files.get(0);
        warnings.add(Warning.of(first.file(), "entity '" + first.entity() + "' has no handoff for " + period
                + " or earlier; its reports say it has no data"));
        return new EntityState(Handoff.empty(first.entity(), first.name(), period, first.file()), Status.NO_DATA);
    }

    /** One handoff per period before {@code before} (the path that sorts first), newest first. */
    private static List<Handoff> history(List<Handoff> files, ReportingPeriod before) {
        Map<ReportingPeriod, Handoff> byPeriod = new TreeMap<>(Comparator.reverseOrder());
        files.stream().filter(f -> f.period().isBefore(before)).forEach(f -> byPeriod.putIfAbsent(f.period(), f));
        return List.copyOf(byPeriod.values());
    }

    private static void warnDuplicates(List<Handoff> files, List<Warning> warnings) {
        Map<ReportingPeriod, List<Handoff>> byPeriod = files.stream()
                .collect(Collectors.groupingBy(Handoff::period, TreeMap::new, Collectors.toList()));
        byPeriod.forEach((month, same) -> {
            for (Handoff other : same.subList(1, same.size())) {
                warnings.add(Warning.of(other.file(), "entity '" + other.entity() + "' for " + month
                        + " is also in " + same.get(0).file() + "; using " + same.get(0).file()));
            }
        });
    }
}
