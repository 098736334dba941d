package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Placements (安置就业): hires counted per month, employer, union unit and listing, within a subtree. */
@ApplicationScoped
public class PlacementReport {

    final MatchingRepository repository;
    final UnionScope scope;

    PlacementReport(MatchingRepository repository, UnionScope scope) {
        this.repository = repository;
        this.scope = scope;
    }

    /** Hires in the staff member's subtree from one day to another (both inclusive). */
    @WithSession
    public Uni<JobViews.Placements> report(Actor staff, LocalDate from, LocalDate to) {
        return scope.staffUnit(staff).chain(unit -> repository.hires(unit.path, from, to))
                .map(rows -> {
                    Map<String, Tally> months = new LinkedHashMap<>();
                    Map<String, Tally> employers = new LinkedHashMap<>();
                    Map<String, Tally> units = new LinkedHashMap<>();
                    Map<String, Tally> listings = new LinkedHashMap<>();
                    long total = 0;
                    for (MatchingRepository.Hire h : rows) {
                        total++;
                        months.computeIfAbsent(h.month(), k -> new Tally(k, k)).n++;
                        employers.computeIfAbsent(h.employerId(), k -> new Tally(k, h.employerName())).n++;
                        units.computeIfAbsent(h.unitId(), k -> new Tally(k, h.unitName())).n++;
                        listings.computeIfAbsent(h.listingId(), k -> new Tally(k, h.listingTitle())).n++;
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
