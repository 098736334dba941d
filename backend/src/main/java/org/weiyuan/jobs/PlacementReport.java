package org.weiyuan.jobs;

import org.weiyuan.common.BusinessTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Placements (安置就业): hires counted per month, employer, union unit and listing, within a subtree. */
@ApplicationScoped
public class PlacementReport {

    final BusinessTime time;

    final Pool pool;

    PlacementReport(BusinessTime time, Pool pool) {
        this.time = time;
        this.pool = pool;
    }

    public Uni<JobViews.Placements> report(String unitPath, LocalDate from, LocalDate to) {
        return pool.preparedQuery("""
                        select to_char(a.hired_at at time zone 'Asia/Shanghai', 'YYYY-MM'), e.id::text, e.name, u.id::text, u.name,
                               l.id::text, l.title
                        from job_application a
                          join job_listing l on l.id = a.listing_id
                          join employer e on e.id = l.employer_id
                          join union_unit u on u.id = l.unit_id
                        where a.status = 'HIRED' and u.path like $1 and a.hired_at >= $2 and a.hired_at < $3""")
                .execute(Tuple.of(unitPath + "%", from.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime()))
                .map(rows -> {
                    Map<String, Tally> months = new LinkedHashMap<>();
                    Map<String, Tally> employers = new LinkedHashMap<>();
                    Map<String, Tally> units = new LinkedHashMap<>();
                    Map<String, Tally> listings = new LinkedHashMap<>();
                    long total = 0;
                    for (Row r : rows) {
                        total++;
                        months.computeIfAbsent(r.getString(0), k -> new Tally(k, k)).n++;
                        employers.computeIfAbsent(r.getString(1), k -> new Tally(k, r.getString(2))).n++;
                        units.computeIfAbsent(r.getString(3), k -> new Tally(k, r.getString(4))).n++;
                        listings.computeIfAbsent(r.getString(5), k -> new Tally(k, r.getString(6))).n++;
                    }
                    List<JobViews.Count> byMonth = counts(months);
                    byMonth.sort(Comparator.comparing(JobViews.Count::key));
                    return new JobViews.Placements(from, to, total, byMonth, counts(employers), counts(units), counts(listings));
                });
    }

    private static final class Tally {
        final String key;
        final String label;
        long n;

        Tally(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    private static List<JobViews.Count> counts(Map<String, Tally> tallies) {
        List<JobViews.Count> counts = new ArrayList<>();
        tallies.values().forEach(t -> counts.add(new JobViews.Count(t.key, t.label, t.n)));
        counts.sort(Comparator.comparingLong(JobViews.Count::count).reversed().thenComparing(JobViews.Count::key));
        return counts;
    }
}
