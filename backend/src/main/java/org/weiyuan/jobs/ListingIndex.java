package org.weiyuan.jobs;

import org.weiyuan.common.BusinessTime;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
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

    final MatchingRepository repository;
    final DatabaseSignals signals;

    ListingIndex(BusinessTime time, MatchingRepository repository, DatabaseSignals signals) {
        this.time = time;
        this.repository = repository;
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

    /** A listing changed in this transaction: stale here now, and on every replica once it commits. */
    public Uni<Void> changed() {
        invalidate();
        return signals.send(DatabaseSignals.JOBS, "listing");
    }

    private Uni<Snapshot> load() {
        LocalDate today = time.today();
        return repository.districts().chain(districts -> repository.openListings(today).map(listings -> build(districts, listings, today)));
    }

    private static Snapshot build(DistrictMap districts, List<MatchingRepository.OpenListing> listings, LocalDate today) {
        List<List<ListingTraits>> byDistrict = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            byDistrict.add(new ArrayList<>());
        }
        Map<UUID, ListingTraits> traits = new HashMap<>();
        Map<UUID, Card> cards = new HashMap<>();
        for (MatchingRepository.OpenListing l : listings) {
            int district = districts.indexOf(l.district());
            ListingTraits t = Traits.listing(l.id(), district, l.skills(), l.certificates(), l.demands(), l.shiftMask(),
                    l.weeklyHours(), l.wageMinFen(), l.wageMaxFen(), l.wagePeriod(), l.ageMin(), l.ageMax(), l.trainingSkills(),
                    l.postedOn(), l.openPositions());
            byDistrict.get(district).add(t);
            traits.put(t.id(), t);
            cards.put(t.id(), new Card(t.id(), l.title(), l.employer(), l.district(), l.wageMinFen(), l.wageMaxFen(),
                    l.wagePeriod(), l.weeklyHours(), l.openPositions(), l.expiresOn()));
        }
        return new Snapshot(districts, byDistrict, traits, cards, System.nanoTime(), today);
    }
}
