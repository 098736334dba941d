package org.weiyuan.jobs;

import org.weiyuan.common.BusinessTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.matching.DistrictMap;
import org.weiyuan.matching.JobScorer;
import org.weiyuan.matching.ListingTraits;
import org.weiyuan.matching.WorkerTraits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Matching on the server: the best jobs for a worker, the best candidates for a listing, and the
 * full recompute of every worker's top ten.
 */
@ApplicationScoped
public class JobMatcher {

    final BusinessTime time;

    final ListingIndex index;
    final MatchingRepository repository;
    final MatchingConfig config;

    JobMatcher(BusinessTime time, ListingIndex index, MatchingRepository repository, MatchingConfig config) {
        this.time = time;
        this.index = index;
        this.repository = repository;
        this.config = config;
    }

    /** A ranked listing with its explanation. */
    public record JobMatch(ListingIndex.Card listing, double score, List<JobScorer.Contribution> why, DistrictMap districts) { }

    /** A ranked worker for a listing: the score and the hardship lift staff rank by. */
    public record Candidate(UUID worker, UUID householdId, String severity, double score, double priority,
                            List<JobScorer.Contribution> why) { }

    public record Recompute(int workers, long recommendations, long millis) { }

    JobScorer scorer(DistrictMap districts) {
        return new JobScorer(config.scorerWeights(), districts);
    }

    /** The k best open listings for one worker's profile. */
    public Uni<List<JobMatch>> topFor(WorkerProfile p, int k) {
        return index.snapshot().map(s -> {
            WorkerTraits w = traits(p, null, s.districts(), time.year());
            long today = s.day().toEpochDay();
            return scorer(s.districts()).topK(w, s.in(w.reachableDistricts()), k, today).stream()
                    .map(m -> new JobMatch(s.cards().get(m.listingId()), m.score(), m.contributions(), s.districts())).toList();
        });
    }

    /**
     * The k best workers in a unit's subtree for a listing, ranked by score plus the hardship lift
     * (the most severe households first among near-equals).
     */
    public Uni<List<Candidate>> candidates(JobListing listing, String unitPath, int k) {
        return rank(listing, repository.profilesInSubtreeReaching(unitPath, listing.district), k, true);
    }

    /** Workers anywhere for whom a new listing is a strong match, best first, at most the configured number. */
    public Uni<List<Candidate>> strongMatches(JobListing listing) {
        return rank(listing, repository.profilesReaching(listing.district), config.strongMatchNotices(), false)
                .map(all -> all.stream().filter(c -> c.score() >= config.strongMatch()).toList());
    }

    private Uni<List<Candidate>> rank(JobListing listing, Uni<List<MatchingRepository.ProfileRow>> profiles, int k, boolean explain) {
        return index.snapshot().chain(s -> profiles.map(rows -> loaded(rows, s.districts())).map(workers -> {
            ListingTraits l = traits(listing, s.districts());
            JobScorer scorer = scorer(s.districts());
            long today = s.day().toEpochDay();
            record Ranked(LoadedWorker worker, double score, double priority) { }
            List<Ranked> ranked = new ArrayList<>();
            for (LoadedWorker w : workers) {
                if (scorer.violation(w.traits(), l) == null) {
                    double score = scorer.score(w.traits(), l, today);
                    ranked.add(new Ranked(w, score, score + scorer.hardshipLift(w.traits())));
                }
            }
            ranked.sort(Comparator.comparingDouble(Ranked::priority).reversed()
                    .thenComparing(r -> r.worker().traits().subject()));
            return ranked.stream().limit(k).map(r -> new Candidate(r.worker().traits().subject(), r.worker().householdId(),
                    r.worker().severity(), r.score(), r.priority(),
                    explain ? scorer.explain(r.worker().traits(), l, today, true) : List.of())).toList();
        }));
    }

    static ListingTraits traits(JobListing listing, DistrictMap districts) {
        return Traits.listing(listing.id, districts.indexOf(listing.district), listing.skills, listing.certificates,
                listing.demands, listing.shiftMask, listing.weeklyHours, listing.wageMinFen, listing.wageMaxFen,
                listing.wagePeriod, listing.ageMin, listing.ageMax, listing.trainingSkills,
                listing.createdAt.atZone(BusinessTime.ZONE).toLocalDate(),
                Math.max(listing.openPositions(), 1));
    }

    /**
     * Recomputes every worker's top ten against the open listings, in parallel, and stores them
     * (replacing the previous run) for dashboards and follow-up.
     */
    public Uni<Recompute> recomputeAll() {
        long started = System.nanoTime();
        return index.snapshot().chain(s -> repository.allProfiles().map(rows -> loaded(rows, s.districts()))
                .emitOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()) // seconds of CPU: off the event loop
                .chain(workers -> {
            JobScorer scorer = scorer(s.districts());
            long today = s.day().toEpochDay();
            List<List<JobScorer.Match>> tops = IntStream.range(0, workers.size()).parallel()
                    .mapToObj(i -> scorer.topK(workers.get(i).traits(), s.in(workers.get(i).traits().reachableDistricts()), 10, today))
                    .toList();
            return store(workers, tops).map(n -> new Recompute(workers.size(), n, (System.nanoTime() - started) / 1_000_000));
        }));
    }

    private Uni<Long> store(List<LoadedWorker> workers, List<List<JobScorer.Match>> tops) {
        List<MatchingRepository.Recommendation> all = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            List<JobScorer.Match> top = tops.get(i);
            for (int r = 0; r < top.size(); r++) {
                all.add(new MatchingRepository.Recommendation(workers.get(i).traits().subject(), (short) (r + 1),
                        top.get(r).listingId(), (float) top.get(r).score()));
            }
        }
        return repository.replaceRecommendations(all, time.now()).replaceWith((long) all.size());
    }

    /** A worker as loaded for ranking. */
    record LoadedWorker(WorkerTraits traits, UUID householdId, String severity) { }

    /** Profiles (with their household's severity) as the scorer reads them. */
    List<LoadedWorker> loaded(List<MatchingRepository.ProfileRow> rows, DistrictMap districts) {
        int year = time.year();
        List<LoadedWorker> all = new ArrayList<>(rows.size());
        for (MatchingRepository.ProfileRow r : rows) {
            WorkerTraits t = Traits.worker(r.subject(), r.skills(), r.certificates(), r.healthLimits(),
                    districts.indexOf(r.homeDistrict()), indices(r.reachableDistricts(), districts), r.availabilityMask(),
                    r.desiredWeeklyHours(), r.desiredWageFen(), year - r.birthYear(), r.wantsTraining(), r.severity());
            all.add(new LoadedWorker(t, r.householdId(), r.severity()));
        }
        return all;
    }

    static WorkerTraits traits(WorkerProfile p, String severity, DistrictMap districts, int year) {
        return Traits.worker(p.subject, p.skills, p.certificates, p.healthLimits, districts.indexOf(p.homeDistrict),
                indices(p.reachableDistricts, districts), p.availabilityMask, p.desiredWeeklyHours, p.desiredWageFen,
                year - p.birthYear, p.wantsTraining, severity);
    }

    static int[] indices(String[] codes, DistrictMap districts) {
        return java.util.Arrays.stream(codes).mapToInt(districts::indexOf).filter(i -> i >= 0).toArray();
    }
}
