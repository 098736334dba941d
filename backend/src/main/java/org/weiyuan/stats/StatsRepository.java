package org.weiyuan.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.Subtree;
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
    /**
     * Counts are first grouped per unit (inner query: unit_id, k, n), then per child: the per-unit
     * groups are few, so the path arithmetic runs once per unit rather than once per record.
     */
    static final String ROLL_UP = "select " + CHILD + ", x.k, sum(x.n)::bigint from (%s) x join union_unit u on u.id = x.unit_id group by 1, 2";
    /** Months are truncated per record (cheap) and written as YYYY-MM once per group. */
    static final String ROLL_UP_MONTHS = "select " + CHILD + ", to_char(x.m, 'YYYY-MM'), x.s, sum(x.n)::bigint from (%s) x"
            + " join union_unit u on u.id = x.unit_id group by 1, 2, 3";

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
        return cells(householdsSql(by), Tuple.of(Subtree.pattern(path), path.length() + 1, status));
    }

    static String householdsSql(HouseholdDimension by) {
        String key = switch (by) {
            case CATEGORY -> "coalesce(h.category, 'UNASSESSED')";
            case SEVERITY -> "coalesce(h.severity, 'UNASSESSED')";
            case STATUS -> "h.status";
            case EXIT_REASON -> "h.exit_reason";
            case CAUSE -> "c.cause";
        };
        String inner = "select h.unit_id, " + key + " as k, count(*) as n from household h"
                + (by == HouseholdDimension.CAUSE ? " cross join lateral unnest(string_to_array(h.causes, ',')) as c(cause)" : "")
                + " where " + Subtree.sql("h.unit_id", "$1") + " and ($3::text is null or h.status = $3)"
                + (by == HouseholdDimension.EXIT_REASON ? " and h.exit_reason is not null" : "")
                + " group by 1, 2";
        return ROLL_UP.formatted(inner);
    }

    /**
     * New files (created), approvals and exits (the audit log's household transitions) per month,
     * China time, in [start, end): their running totals per unit and month ({@code household_month},
     * kept by triggers on the household and audit tables, V185), not the audit rows themselves.
     */
    public Uni<List<MonthCell>> householdMonths(String path, Instant start, Instant end) {
        return monthCells(householdMonthsSql(), Tuple.of(Subtree.pattern(path), path.length() + 1, utc(start), utc(end)));
    }

    static String householdMonthsSql() {
        String inner = "select t.unit_id, t.month as m, t.series as s, t.n from household_month t"
                + " where t.month >= ($3 at time zone 'Asia/Shanghai') and t.month < ($4 at time zone 'Asia/Shanghai')"
                + " and " + Subtree.sql("t.unit_id", "$1");
        return ROLL_UP_MONTHS.formatted(inner);
    }

    /** Hires (job applications that ended HIRED) per month, counted for the unit that posted the listing. */
    public Uni<List<MonthCell>> placementMonths(String path, Instant start, Instant end) {
        return monthCells(placementMonthsSql(), Tuple.of(Subtree.pattern(path), path.length() + 1, utc(start), utc(end)));
    }

    static String placementMonthsSql() {
        String inner = "select l.unit_id, date_trunc('month', a.hired_at at time zone 'Asia/Shanghai') as m, 'PLACED' as s, count(*) as n"
                + " from job_application a join job_listing l on l.id = a.listing_id"
                + " where a.status = 'HIRED' and a.hired_at >= $3 and a.hired_at < $4 and " + Subtree.sql("l.unit_id", "$1") + " group by 1, 2";
        return ROLL_UP_MONTHS.formatted(inner);
    }

    public Uni<List<Cell>> wishesByStatus(String path) {
        return cells(wishesByStatusSql(), Tuple.of(Subtree.pattern(path), path.length() + 1));
    }

    static String wishesByStatusSql() {
        return ROLL_UP.formatted("select w.unit_id, w.status as k, count(*) as n from wish w where " + Subtree.sql("w.unit_id", "$1") + " group by 1, 2");
    }

    /** Wishes in the given states by whole days since creation (elapsed time, not calendar days). */
    public Uni<List<Cell>> wishesByAge(String path, List<String> statuses, Instant now) {
        return cells(wishesByAgeSql(), Tuple.of(Subtree.pattern(path), path.length() + 1, statuses.toArray(String[]::new), utc(now)));
    }

    static String wishesByAgeSql() {
        String days = "floor(extract(epoch from ($4 - w.created_at)) / 86400)";
        return ROLL_UP.formatted("select w.unit_id, " + AgeBucket.sqlCase(days) + " as k, count(*) as n from wish w"
                + " where " + Subtree.sql("w.unit_id", "$1") + " and w.status = any($3) group by 1, 2");
    }

    public Uni<List<Cell>> unmetDemand(String path, DemandDimension by) {
        return cells(unmetDemandSql(by), Tuple.of(Subtree.pattern(path), path.length() + 1));
    }

    static String unmetDemandSql(DemandDimension by) {
        String key = by == DemandDimension.CATEGORY ? "o.category" : "o.district";
        return ROLL_UP.formatted("select o.unit_id, " + key + " as k, count(*) as n from service_order o"
                + " where o.status = 'WAITING' and " + Subtree.sql("o.unit_id", "$1") + " group by 1, 2");
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
        Tuple args = byCampaign ? Tuple.of(Subtree.pattern(path)) : Tuple.of(Subtree.pattern(path), path.length() + 1);
        return pool.preparedQuery(moneySql(byCampaign)).execute(args).map(rows -> {
            List<MoneyCell> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new MoneyCell(r.getString(0), new MoneyFigures(r.getLong(1), r.getLong(2), r.getLong(3),
                        r.getLong(4), r.getLong(5), r.getLong(6))));
            }
            return out;
        });
    }

    static String moneySql(boolean byCampaign) {
        String group = byCampaign ? "coalesce(x.campaign_id::text, '')" : CHILD;
        return "with j as (select w.unit_id, w.campaign_id,"
                + " sum(l.credit_fen) filter (where e.kind = 'DONATION_PAID') as donated,"
                + " sum(l.credit_fen) filter (where e.kind = 'MATCH_DRAWN') as matched,"
                + " sum(l.debit_fen) filter (where e.kind = 'DISBURSED') as disbursed,"
                + " sum(l.debit_fen) filter (where e.kind in ('REFUNDED', 'MOVED_TO_FUND', 'MATCH_RETURNED')) as returned,"
                + " sum(l.credit_fen) - sum(l.debit_fen) as held, 0 as unpaid"
                + " from wish w join ledger_account a on a.wish_id = w.id"
                + " join journal_line l on l.account_id = a.id join journal_entry e on e.id = l.entry_id"
                + " where " + Subtree.sql("w.unit_id", "$1") + " group by 1, 2),"
                + " p as (select w.unit_id, w.campaign_id, 0, 0, 0, 0, 0, sum(p.amount_fen) from wish w"
                + " join pledge p on p.wish_id = w.id and p.status = 'HELD' where " + Subtree.sql("w.unit_id", "$1") + " group by 1, 2),"
                + " x as (select * from j union all select * from p)"
                + " select " + group + ", coalesce(sum(x.donated), 0)::bigint, coalesce(sum(x.matched), 0)::bigint,"
                + " coalesce(sum(x.disbursed), 0)::bigint, coalesce(sum(x.returned), 0)::bigint, coalesce(sum(x.held), 0)::bigint,"
                + " coalesce(sum(x.unpaid), 0)::bigint from x join union_unit u on u.id = x.unit_id group by 1";
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
