package org.weiyuan.stats;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;
import org.weiyuan.stats.ReportScope.Subtree;
import org.weiyuan.stats.StatsRepository.Cell;
import org.weiyuan.stats.StatsRepository.MonthCell;
import org.weiyuan.stats.StatsViews.CampaignMoneyRow;
import org.weiyuan.stats.StatsViews.CampaignMoneyTable;
import org.weiyuan.stats.StatsViews.CountRow;
import org.weiyuan.stats.StatsViews.CountTable;
import org.weiyuan.stats.StatsViews.KeyLabel;
import org.weiyuan.stats.StatsViews.MoneyFigures;
import org.weiyuan.stats.StatsViews.MoneyRow;
import org.weiyuan.stats.StatsViews.MoneyTable;
import org.weiyuan.stats.StatsViews.MonthCounts;
import org.weiyuan.stats.StatsViews.MonthlyRow;
import org.weiyuan.stats.StatsViews.MonthlyTable;
import org.weiyuan.stats.StatsViews.UnitRef;
import org.weiyuan.wish.WishStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Dashboards (统计报表) rolled up the union tree: each answer has a row per direct child unit of
 * the reported unit, a row for the unit's own records when it has any, and a total that is the
 * sum of the rows. Counting happens in PostgreSQL ({@link StatsRepository}); this class only
 * scopes, fills the zeros and orders.
 */
@ApplicationScoped
public class StatsService {

    private final ReportScope scope;
    private final StatsRepository repository;
    private final StatsMapper mapper;
    private final StatsConfig config;
    private final Clock clock = Clock.systemUTC();

    public StatsService(ReportScope scope, StatsRepository repository, StatsMapper mapper, StatsConfig config) {
        this.scope = scope;
        this.repository = repository;
        this.mapper = mapper;
        this.config = config;
    }

    @WithSession
    public Uni<CountTable> households(Actor actor, UUID unitId, HouseholdDimension by, HouseholdStatus status) {
        return scope.resolve(actor, unitId).chain(t -> repository.households(t.unit().path, by, status == null ? null : status.name())
                .map(cells -> countTable(t, by.name(), by.keys(), cells, Map.of())));
    }

    @WithSession
    public Uni<CountTable> wishes(Actor actor, UUID unitId, WishDimension by, WishStatus status) {
        return scope.resolve(actor, unitId).chain(t -> {
            if (by == WishDimension.STATUS) {
                return repository.wishesByStatus(t.unit().path)
                        .map(cells -> countTable(t, by.name(), HouseholdDimension.names(WishStatus.values()), cells, Map.of()));
            }
            List<String> states = status == null ? WishStatus.OPEN.stream().map(Enum::name).sorted().toList() : List.of(status.name());
            return repository.wishesByAge(t.unit().path, states, Instant.now(clock))
                    .map(cells -> countTable(t, by.name(), HouseholdDimension.names(AgeBucket.values()), cells, Map.of()));
        });
    }

    @WithSession
    public Uni<CountTable> unmetDemand(Actor actor, UUID unitId, DemandDimension by) {
        return scope.resolve(actor, unitId).chain(t -> repository.unmetDemand(t.unit().path, by).chain(cells -> {
            if (by == DemandDimension.CATEGORY) {
                return Uni.createFrom().item(countTable(t, by.name(),
                        HouseholdDimension.names(org.weiyuan.services.ServiceCategory.values()), cells, Map.of()));
            }
            return repository.districts().map(districts -> countTable(t, by.name(), new ArrayList<>(districts.keySet()), cells, districts));
        }));
    }

    /** The month range a monthly chart asks for, checked against the configured bound. */
    public MonthRange range(String from, String to) {
        return MonthRange.parse(from, to, YearMonth.from(java.time.LocalDate.ofInstant(clock.instant(), MonthRange.ZONE)), config.defaultMonths(), config.maxMonths());
    }

    @WithSession
    public Uni<MonthlyTable> householdMonths(Actor actor, UUID unitId, MonthRange range) {
        return scope.resolve(actor, unitId).chain(t -> repository.householdMonths(t.unit().path, range.start(), range.end())
                .map(cells -> monthlyTable(t, range, List.of("FILED", "APPROVALS", "EXITS"), cells)));
    }

    @WithSession
    public Uni<MonthlyTable> placementMonths(Actor actor, UUID unitId, MonthRange range) {
        return scope.resolve(actor, unitId).chain(t -> repository.placementMonths(t.unit().path, range.start(), range.end())
                .map(cells -> monthlyTable(t, range, List.of("PLACED"), cells)));
    }

    @WithSession
    public Uni<MoneyTable> moneyByUnit(Actor actor, UUID unitId) {
        return scope.resolve(actor, unitId).chain(t -> repository.money(t.unit().path, false).map(cells -> {
            Map<String, MoneyFigures> byChild = new LinkedHashMap<>();
            cells.forEach(c -> byChild.merge(c.group(), c.money(), MoneyFigures::plus));
            List<MoneyRow> rows = perChild(t, byChild, MoneyFigures.ZERO, (u, own, m) -> new MoneyRow(u, own, m));
            MoneyFigures total = rows.stream().map(MoneyRow::money).reduce(MoneyFigures.ZERO, MoneyFigures::plus);
            return new MoneyTable(mapper.toRef(t.unit()), rows, new MoneyRow(mapper.toRef(t.unit()), false, total));
        }));
    }

    @WithSession
    public Uni<CampaignMoneyTable> moneyByCampaign(Actor actor, UUID unitId) {
        return scope.resolve(actor, unitId).chain(t -> repository.money(t.unit().path, true).chain(cells -> {
            List<UUID> ids = cells.stream().map(StatsRepository.MoneyCell::group).filter(g -> !g.isEmpty()).map(UUID::fromString).toList();
            return repository.campaigns(ids).map(names -> {
                List<CampaignMoneyRow> rows = new ArrayList<>();
                for (StatsRepository.MoneyCell c : cells) {
                    UUID id = c.group().isEmpty() ? null : UUID.fromString(c.group());
                    String[] nk = id == null ? new String[] {"无活动", null} : names.getOrDefault(id, new String[] {c.group(), null});
                    rows.add(new CampaignMoneyRow(id, nk[0], nk[1], c.money()));
                }
                // campaigns first, by name; wishes outside any campaign last
                rows.sort(Comparator.comparing((CampaignMoneyRow r) -> r.campaignId() == null).thenComparing(CampaignMoneyRow::name));
                MoneyFigures total = rows.stream().map(CampaignMoneyRow::money).reduce(MoneyFigures.ZERO, MoneyFigures::plus);
                return new CampaignMoneyTable(mapper.toRef(t.unit()), rows, total);
            });
        }));
    }

    // ---- assembling -----------------------------------------------------------------------

    private interface RowMaker<V, R> {
        R make(UnitRef unit, boolean own, V value);
    }

    /** A row per child (zeros where it has nothing), then the unit's own row if it has records. */
    private <V, R> List<R> perChild(Subtree t, Map<String, V> byChild, V empty, RowMaker<V, R> maker) {
        List<R> rows = new ArrayList<>();
        for (UnionUnit child : t.children()) {
            rows.add(maker.make(mapper.toRef(child), false, byChild.getOrDefault(child.id.toString(), empty)));
        }
        V own = byChild.get("");
        if (own != null) {
            rows.add(maker.make(mapper.toRef(t.unit()), true, own));
        }
        return rows;
    }

    private CountTable countTable(Subtree t, String dimension, List<String> knownKeys, List<Cell> cells,
                                  Map<String, KeyLabel> extraLabels) {
        List<String> keys = new ArrayList<>(knownKeys);
        cells.stream().map(Cell::key).filter(k -> !keys.contains(k)).distinct().sorted().forEach(keys::add);
        Map<String, Map<String, Long>> byChild = new LinkedHashMap<>();
        for (Cell c : cells) {
            byChild.computeIfAbsent(c.child(), x -> zeros(keys)).merge(c.key(), c.count(), Long::sum);
        }
        List<CountRow> rows = perChild(t, byChild, zeros(keys), (u, own, counts) -> countRow(u, own, counts));
        Map<String, Long> total = zeros(keys);
        rows.forEach(r -> r.counts().forEach((k, v) -> total.merge(k, v, Long::sum)));
        Map<String, KeyLabel> labels = new LinkedHashMap<>();
        for (String k : keys) {
            labels.put(k, extraLabels.containsKey(k) ? extraLabels.get(k) : mapper.toLabel(StatsLabels.of(k)));
        }
        return new CountTable(mapper.toRef(t.unit()), dimension, keys, labels, rows, countRow(mapper.toRef(t.unit()), false, total));
    }

    private static CountRow countRow(UnitRef unit, boolean own, Map<String, Long> counts) {
        return new CountRow(unit, own, counts, counts.values().stream().mapToLong(Long::longValue).sum());
    }

    private MonthlyTable monthlyTable(Subtree t, MonthRange range, List<String> series, List<MonthCell> cells) {
        List<String> months = range.months();
        Function<String, Map<String, Map<String, Long>>> empty = x -> {
            Map<String, Map<String, Long>> m = new LinkedHashMap<>();
            months.forEach(month -> m.put(month, zeros(series)));
            return m;
        };
        Map<String, Map<String, Map<String, Long>>> byChild = new LinkedHashMap<>();
        for (MonthCell c : cells) {
            Map<String, Long> slot = byChild.computeIfAbsent(c.child(), empty).get(c.month());
            if (slot != null) {
                slot.merge(c.series(), c.count(), Long::sum);
            }
        }
        List<MonthlyRow> rows = perChild(t, byChild, empty.apply(""), (u, own, m) -> monthlyRow(u, own, m));
        Map<String, Map<String, Long>> total = empty.apply("");
        for (MonthlyRow r : rows) {
            for (MonthCounts mc : r.months()) {
                mc.counts().forEach((k, v) -> total.get(mc.month()).merge(k, v, Long::sum));
            }
        }
        Map<String, KeyLabel> labels = new LinkedHashMap<>();
        series.forEach(s -> labels.put(s, mapper.toLabel(StatsLabels.of(s))));
        return new MonthlyTable(mapper.toRef(t.unit()), range.from().toString(), range.to().toString(), months, series,
                labels, rows, monthlyRow(mapper.toRef(t.unit()), false, total));
    }

    private static MonthlyRow monthlyRow(UnitRef unit, boolean own, Map<String, Map<String, Long>> months) {
        List<MonthCounts> list = new ArrayList<>();
        months.forEach((month, counts) -> list.add(new MonthCounts(month, counts)));
        return new MonthlyRow(unit, own, list);
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }
}
