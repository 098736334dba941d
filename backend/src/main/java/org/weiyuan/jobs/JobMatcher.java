package org.weiyuan.jobs;

import org.weiyuan.common.BusinessTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.matching.DistrictMap;
import org.weiyuan.matching.JobScorer;
import org.weiyuan.matching.ListingTraits;
import org.weiyuan.matching.WorkerTraits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Matching on the server: the best jobs for a worker, the best candidates for a listing, and the
 * full recompute of every worker's top ten.
 */
@ApplicationScoped
public class JobMatcher {

    final BusinessTime time;

    final ListingIndex index;
    final Pool pool;
    final MatchingConfig config;

    JobMatcher(BusinessTime time, ListingIndex index, Pool pool, MatchingConfig config) {
        this.time = time;
        this.index = index;
        this.pool = pool;
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
        return rank(listing, "join union_unit u on u.id = p.unit_id where u.path like $2 and $1 = any(p.reachable_districts)",
                Tuple.of(listing.district, unitPath + "%"), k, true);
    }

    /** Workers anywhere for whom a new listing is a strong match, best first, at most the configured number. */
    public Uni<List<Candidate>> strongMatches(JobListing listing) {
        return rank(listing, "where $1 = any(p.reachable_districts)", Tuple.of(listing.district), config.strongMatchNotices(), false)
                .map(all -> all.stream().filter(c -> c.score() >= config.strongMatch()).toList());
    }

    private Uni<List<Candidate>> rank(JobListing listing, String where, Tuple params, int k, boolean explain) {
        return index.snapshot().chain(s -> workers(where, params, s.districts()).map(workers -> {
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
        return index.snapshot().chain(s -> workers("", Tuple.tuple(), s.districts())
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
        Instant now = time.now();
        AtomicLong stored = new AtomicLong();
        return pool.withTransaction(c -> {
            Uni<Void> chain = c.query("delete from job_recommendation").execute().replaceWithVoid();
            int chunk = 5_000;
            for (int from = 0; from < workers.size(); from += chunk) {
                List<UUID> subjects = new ArrayList<>();
                List<Short> ranks = new ArrayList<>();
                List<UUID> listings = new ArrayList<>();
                List<Float> scores = new ArrayList<>();
                for (int i = from; i < Math.min(workers.size(), from + chunk); i++) {
                    List<JobScorer.Match> top = tops.get(i);
                    for (int r = 0; r < top.size(); r++) {
                        subjects.add(workers.get(i).traits().subject());
                        ranks.add((short) (r + 1));
                        listings.add(top.get(r).listingId());
                        scores.add((float) top.get(r).score());
                    }
                }
                stored.addAndGet(subjects.size());
                chain = chain.chain(() -> c.preparedQuery("""
                                insert into job_recommendation (worker_subject, rank, listing_id, score, computed_at)
                                select w, r, l, s, $5 from unnest($1::uuid[], $2::int2[], $3::uuid[], $4::real[]) as t(w, r, l, s)""")
                        .execute(Tuple.of(subjects.toArray(new UUID[0]), ranks.toArray(new Short[0]),
                                listings.toArray(new UUID[0]), scores.toArray(new Float[0]), now.atOffset(java.time.ZoneOffset.UTC)))
                        .replaceWithVoid());
            }
            return chain;
        }).map(x -> stored.get());
    }

    /** A worker as loaded for ranking. */
    record LoadedWorker(WorkerTraits traits, UUID householdId, String severity) { }

    /** Loads profiles (with their household's severity) matching a join/where clause on {@code p}. */
    Uni<List<LoadedWorker>> workers(String joinAndWhere, Tuple params, DistrictMap districts) {
        int year = time.year();
        return pool.preparedQuery("""
                        select p.subject, p.skills, p.certificates, p.health_limits, p.home_district, p.reachable_districts,
                               p.availability_mask, p.desired_weekly_hours, p.desired_wage_fen, p.birth_year, p.wants_training,
                               p.household_id, h.severity
                        from worker_profile p left join household h on h.id = p.household_id and h.status = 'APPROVED'
                        """ + joinAndWhere).execute(params)
                .map(rows -> {
                    List<LoadedWorker> all = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        WorkerTraits t = Traits.worker(r.getUUID(0), r.getArrayOfStrings(1), r.getArrayOfStrings(2),
                                r.getArrayOfStrings(3), districts.indexOf(r.getString(4)), indices(r.getArrayOfStrings(5), districts),
                                r.getInteger(6), r.getInteger(7), r.getLong(8), year - r.getInteger(9), r.getBoolean(10),
                                r.getString(12));
                        all.add(new LoadedWorker(t, r.getUUID(11), r.getString(12)));
                    }
                    return all;
                });
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
