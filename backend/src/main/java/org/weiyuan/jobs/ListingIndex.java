package org.weiyuan.jobs;

import org.weiyuan.common.BusinessTime;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.weiyuan.common.DatabaseSignals;
import org.weiyuan.matching.DistrictMap;
import org.weiyuan.matching.ListingTraits;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every open listing, held in memory by district so that "top jobs for me" scores a few thousand
 * listings without a database round trip for each. Marked stale by a {@code weiyuan_jobs} signal
 * whenever any replica changes a listing (delivered on commit), and at most a minute old in any case
 * (expiry by date); reloaded by the next request that needs it.
 */
@ApplicationScoped
public class ListingIndex {

    final BusinessTime time;

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** A listing as shown on a recommendation card. */
    public record Card(UUID id, String title, String employer, String district, long wageMinFen, long wageMaxFen,
                       JobListing.WagePeriod wagePeriod, int weeklyHours, int openPositions, LocalDate expiresOn) { }

    /** One consistent view of the open listings. */
    public record Snapshot(DistrictMap districts, List<List<ListingTraits>> byDistrict, Map<UUID, ListingTraits> traits,
                           Map<UUID, Card> cards, long loadedAtNanos, LocalDate day) {

        /** Listings in any of these districts. */
        public Iterable<ListingTraits> in(int[] districtIndices) {
            List<ListingTraits> all = new ArrayList<>();
            for (int d : districtIndices) {
                if (d >= 0 && d < byDistrict.size()) {
                    all.addAll(byDistrict.get(d));
                }
            }
            return all;
        }

        public int size() {
            return traits.size();
        }
    }

    final Pool pool;
    final DatabaseSignals signals;

    ListingIndex(BusinessTime time, Pool pool, DatabaseSignals signals) {
        this.time = time;
        this.pool = pool;
        this.signals = signals;
    }

    private volatile Snapshot current;
    private volatile Uni<Snapshot> loading;
    private volatile boolean stale = true;

    void listen(@Observes StartupEvent e) {
        signals.on(DatabaseSignals.JOBS).subscribe().with(x -> stale = true);
    }

    /** The current listings, reloading first when they changed, aged or the day turned. */
    public Uni<Snapshot> snapshot() {
        Snapshot s = current;
        if (s != null && !stale && System.nanoTime() - s.loadedAtNanos() < MAX_AGE.toNanos() && s.day().equals(time.today())) {
            return Uni.createFrom().item(s);
        }
        Uni<Snapshot> inFlight = loading;
        if (inFlight != null) {
            return inFlight;
        }
        synchronized (this) {
            if (loading == null) {
                stale = false; // a change signalled during the load marks it stale again
                loading = load().invoke(loaded -> current = loaded).eventually(() -> { loading = null; }).memoize().indefinitely();
            }
            return loading;
        }
    }

    /** Marks the index stale on this replica at once (the signal reaches the others on commit). */
    public void invalidate() {
        stale = true;
    }

    private Uni<Snapshot> load() {
        LocalDate today = time.today();
        return pool.query("select code, name_zh, name_en, lat, lon from district order by code").execute()
                .chain(rows -> {
                    List<DistrictMap.District> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new DistrictMap.District(r.getString(0), r.getString(1), r.getString(2),
                            r.getDouble(3), r.getDouble(4))));
                    DistrictMap districts = new DistrictMap(list);
                    return pool.preparedQuery("""
                                    select l.id, l.district, l.skills, l.certificates, l.demands, l.shift_mask, l.weekly_hours,
                                           l.wage_min_fen, l.wage_max_fen, l.wage_period, l.age_min, l.age_max, l.training_skills,
                                           l.created_at, l.positions - l.filled, l.title, e.name, l.expires_on
                                    from job_listing l join employer e on e.id = l.employer_id
                                    where l.status = 'OPEN' and l.expires_on >= $1""")
                            .execute(io.vertx.mutiny.sqlclient.Tuple.of(today))
                            .map(listings -> build(districts, listings, today));
                });
    }

    private static Snapshot build(DistrictMap districts, Iterable<Row> rows, LocalDate today) {
        List<List<ListingTraits>> byDistrict = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            byDistrict.add(new ArrayList<>());
        }
        Map<UUID, ListingTraits> traits = new HashMap<>();
        Map<UUID, Card> cards = new HashMap<>();
        for (Row r : rows) {
            int district = districts.indexOf(r.getString(1));
            JobListing.WagePeriod period = JobListing.WagePeriod.valueOf(r.getString(9));
            ListingTraits t = Traits.listing(r.getUUID(0), district, r.getArrayOfStrings(2), r.getArrayOfStrings(3),
                    r.getArrayOfStrings(4), r.getInteger(5), r.getInteger(6), r.getLong(7), r.getLong(8), period,
                    r.getInteger(10), r.getInteger(11), r.getArrayOfStrings(12),
                    r.getOffsetDateTime(13).atZoneSameInstant(BusinessTime.ZONE).toLocalDate(),
                    r.getInteger(14));
            byDistrict.get(district).add(t);
            traits.put(t.id(), t);
            cards.put(t.id(), new Card(t.id(), r.getString(15), r.getString(16), r.getString(1), r.getLong(7), r.getLong(8),
                    period, r.getInteger(6), r.getInteger(14), r.getLocalDate(17)));
        }
        return new Snapshot(districts, byDistrict, traits, cards, System.nanoTime(), today);
    }
}
