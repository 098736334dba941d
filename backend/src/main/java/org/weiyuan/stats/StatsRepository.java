package org.weiyuan.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.stats.StatsViews.MoneyFigures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboards' SQL: every figure is a PostgreSQL aggregate over the reported unit's subtree
 * (one prefix scan of the units' materialised paths), grouped by the direct child the record
 * lies under. The child is the path segment after the reported unit's own path; records of the
 * unit itself have an empty segment.
 */
@ApplicationScoped
public class StatsRepository {

    /** The direct child of the reported unit ($2 = length of its path + 1) a unit path lies under, or ''. */
    static final String CHILD = "split_part(substr(u.path, $2), '/', 1)";

    /** One count: the child segment ('' = the unit itself), a key and how many. */
    public record Cell(String child, String key, long count) { }

    /** One monthly count. */
    public record MonthCell(String child, String month, String series, long count) { }

    /** Money of one group (a child segment or a campaign id). */
    public record MoneyCell(String group, MoneyFigures money) { }

    private final Pool pool;

    public StatsRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Cell>> households(String path, HouseholdDimension by, String status) {
        String key = switch (by) {
            case CATEGORY -> "coalesce(h.category, 'UNASSESSED')";
            case SEVERITY -> "coalesce(h.severity, 'UNASSESSED')";
            case STATUS -> "h.status";
            case EXIT_REASON -> "h.exit_reason";
            case CAUSE -> "c.cause";
        };
        String sql = "select " + CHILD + ", " + key + ", count(*) from household h join union_unit u on u.id = h.unit_id"
                + (by == HouseholdDimension.CAUSE ? " cross join lateral unnest(string_to_array(h.causes, ',')) as c(cause)" : "")
                + " where u.path like $1 and ($3::text is null or h.status = $3)"
                + (by == HouseholdDimension.EXIT_REASON ? " and h.exit_reason is not null" : "")
                + " group by 1, 2";
        return cells(sql, Tuple.of(path + "%", path.length() + 1, status));
    }

    /**
     * New files (created), approvals and exits (the audit log's household transitions) per month,
     * China time, in [start, end).
     */
    public Uni<List<MonthCell>> householdMonths(String path, Instant start, Instant end) {
        String month = "to_char(%s at time zone 'Asia/Shanghai', 'YYYY-MM')";
        String sql = "select " + CHILD + ", " + month.formatted("h.created_at") + ", 'FILED', count(*)"
                + " from household h join union_unit u on u.id = h.unit_id"
                + " where u.path like $1 and h.created_at >= $3 and h.created_at < $4 group by 1, 2"
                + " union all"
                + " select " + CHILD + ", " + month.formatted("a.occurred_at")
                + ", case a.action when 'HOUSEHOLD_APPROVED' then 'APPROVALS' else 'EXITS' end, count(*)"
                + " from audit_entry a join household h on h.id = a.entity_id join union_unit u on u.id = h.unit_id"
                + " where a.entity_type = 'household' and a.action in ('HOUSEHOLD_APPROVED', 'HOUSEHOLD_EXITED')"
                + " and a.occurred_at >= $3 and a.occurred_at < $4 and u.path like $1 group by 1, 2, 3";
        return monthCells(sql, Tuple.of(path + "%", path.length() + 1, utc(start), utc(end)));
    }

    /** Hires (job applications that ended HIRED) per month, counted for the unit that posted the listing. */
    public Uni<List<MonthCell>> placementMonths(String path, Instant start, Instant end) {
        String sql = "select " + CHILD + ", to_char(a.hired_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'PLACED', count(*)"
                + " from job_application a join job_listing l on l.id = a.listing_id join union_unit u on u.id = l.unit_id"
                + " where a.status = 'HIRED' and a.hired_at >= $3 and a.hired_at < $4 and u.path like $1 group by 1, 2";
        return monthCells(sql, Tuple.of(path + "%", path.length() + 1, utc(start), utc(end)));
    }

    public Uni<List<Cell>> wishesByStatus(String path) {
        return cells("select " + CHILD + ", w.status, count(*) from wish w join union_unit u on u.id = w.unit_id"
                + " where u.path like $1 group by 1, 2", Tuple.of(path + "%", path.length() + 1));
    }

    /** Wishes in the given states by whole days since creation, China-time independent (elapsed time). */
    public Uni<List<Cell>> wishesByAge(String path, List<String> statuses, Instant now) {
        String days = "floor(extract(epoch from ($4 - w.created_at)) / 86400)";
        return cells("select " + CHILD + ", " + AgeBucket.sqlCase(days) + ", count(*) from wish w join union_unit u on u.id = w.unit_id"
                        + " where u.path like $1 and w.status = any($3) group by 1, 2",
                Tuple.of(path + "%", path.length() + 1, statuses.toArray(String[]::new), utc(now)));
    }

    public Uni<List<Cell>> unmetDemand(String path, DemandDimension by) {
        String key = by == DemandDimension.CATEGORY ? "o.category" : "o.district";
        return cells("select " + CHILD + ", " + key + ", count(*) from service_order o join union_unit u on u.id = o.unit_id"
                + " where o.status = 'WAITING' and u.path like $1 group by 1, 2", Tuple.of(path + "%", path.length() + 1));
    }

    /** District codes with their Chinese and English names, for the unmet-demand chart's labels. */
    public Uni<Map<String, StatsViews.KeyLabel>> districts() {
        return pool.query("select code, name_zh, name_en from district order by code").execute().map(rows -> {
            Map<String, StatsViews.KeyLabel> all = new LinkedHashMap<>();
            for (Row r : rows) {
                all.put(r.getString(0), new StatsViews.KeyLabel(r.getString(1), r.getString(2)));
            }
            return all;
        });
    }

    /**
     * Money of the wishes in the subtree, per child unit ({@code byCampaign = false}) or per campaign:
     * the journal lines of each wish's escrow account (托管户), classified by the entry's kind, plus
     * pledges still held for payment.
     */
    public Uni<List<MoneyCell>> money(String path, boolean byCampaign) {
        String group = byCampaign ? "coalesce(w.campaign_id::text, '')" : CHILD;
        String sql = "with j as (select " + group + " as g,"
                + " sum(l.credit_fen) filter (where e.kind = 'DONATION_PAID') as donated,"
                + " sum(l.credit_fen) filter (where e.kind = 'MATCH_DRAWN') as matched,"
                + " sum(l.debit_fen) filter (where e.kind = 'DISBURSED') as disbursed,"
                + " sum(l.debit_fen) filter (where e.kind in ('REFUNDED', 'MOVED_TO_FUND', 'MATCH_RETURNED')) as returned,"
                + " sum(l.credit_fen) - sum(l.debit_fen) as held"
                + " from wish w join union_unit u on u.id = w.unit_id"
                + " join ledger_account a on a.wish_id = w.id"
                + " join journal_line l on l.account_id = a.id join journal_entry e on e.id = l.entry_id"
                + " where u.path like $1 group by 1),"
                + " p as (select " + group + " as g, sum(p.amount_fen) as unpaid"
                + " from wish w join union_unit u on u.id = w.unit_id join pledge p on p.wish_id = w.id and p.status = 'HELD'"
                + " where u.path like $1 group by 1)"
                + " select coalesce(j.g, p.g), coalesce(j.donated, 0)::bigint, coalesce(j.matched, 0)::bigint,"
                + " coalesce(j.disbursed, 0)::bigint, coalesce(j.returned, 0)::bigint, coalesce(j.held, 0)::bigint,"
                + " coalesce(p.unpaid, 0)::bigint from j full join p on p.g = j.g";
        Tuple args = byCampaign ? Tuple.of(path + "%") : Tuple.of(path + "%", path.length() + 1);
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<MoneyCell> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new MoneyCell(r.getString(0), new MoneyFigures(r.getLong(1), r.getLong(2), r.getLong(3),
                        r.getLong(4), r.getLong(5), r.getLong(6))));
            }
            return out;
        });
    }

    /** Campaign names and kinds by id. */
    public Uni<Map<UUID, String[]>> campaigns(List<UUID> ids) {
        return pool.preparedQuery("select id, name, kind from campaign where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, String[]> out = new LinkedHashMap<>();
                    for (Row r : rows) {
                        out.put(r.getUUID(0), new String[] {r.getString(1), r.getString(2)});
                    }
                    return out;
                });
    }

    private Uni<List<Cell>> cells(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<Cell> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new Cell(r.getString(0), r.getString(1), r.getLong(2)));
            }
            return out;
        });
    }

    private Uni<List<MonthCell>> monthCells(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<MonthCell> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new MonthCell(r.getString(0), r.getString(1), r.getString(2), r.getLong(3)));
            }
            return out;
        });
    }

    private static java.time.OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
