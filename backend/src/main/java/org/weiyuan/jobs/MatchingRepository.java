package org.weiyuan.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.matching.DistrictMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The queries behind matching (岗位匹配): districts, open listings and profiles read in bulk on the
 * reactive pool (no entity hydration: the matcher reads thousands of rows), the stored top tens, and
 * the hires the placement report counts.
 */
@ApplicationScoped
public class MatchingRepository {

    /** An open listing as the index holds it. */
    public record OpenListing(UUID id, String district, String[] skills, String[] certificates, String[] demands, int shiftMask,
                              int weeklyHours, long wageMinFen, long wageMaxFen, JobListing.WagePeriod wagePeriod,
                              Integer ageMin, Integer ageMax, String[] trainingSkills, LocalDate postedOn, int openPositions,
                              String title, String employer, LocalDate expiresOn) { }

    /** A profile as ranking reads it, with the severity of its household when the file is approved. */
    public record ProfileRow(UUID subject, String[] skills, String[] certificates, String[] healthLimits, String homeDistrict,
                             String[] reachableDistricts, int availabilityMask, int desiredWeeklyHours, long desiredWageFen,
                             int birthYear, boolean wantsTraining, UUID householdId, String severity) { }

    /** One worker's stored recommendation. */
    public record Recommendation(UUID worker, short rank, UUID listingId, float score) { }

    /** One hire, with the month (China time), employer, unit and listing it counts for. */
    public record Hire(String month, String employerId, String employerName, String unitId, String unitName,
                       String listingId, String listingTitle) { }

    static final String PROFILES = """
            select p.subject, p.skills, p.certificates, p.health_limits, p.home_district, p.reachable_districts,
                   p.availability_mask, p.desired_weekly_hours, p.desired_wage_fen, p.birth_year, p.wants_training,
                   p.household_id, h.severity
            from worker_profile p left join household h on h.id = p.household_id and h.status = 'APPROVED'
            """;

    final Pool pool;

    MatchingRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<DistrictMap> districts() {
        return pool.query("select code, name_zh, name_en, lat, lon from district order by code").execute().map(rows -> {
            List<DistrictMap.District> list = new ArrayList<>();
            rows.forEach(r -> list.add(new DistrictMap.District(r.getString(0), r.getString(1), r.getString(2),
                    r.getDouble(3), r.getDouble(4))));
            return new DistrictMap(list);
        });
    }

    /** Listings open on {@code today}, with their employer's name. */
    public Uni<List<OpenListing>> openListings(LocalDate today) {
        return pool.preparedQuery("""
                        select l.id, l.district, l.skills, l.certificates, l.demands, l.shift_mask, l.weekly_hours,
                               l.wage_min_fen, l.wage_max_fen, l.wage_period, l.age_min, l.age_max, l.training_skills,
                               l.created_at, l.positions - l.filled, l.title, e.name, l.expires_on
                        from job_listing l join employer e on e.id = l.employer_id
                        where l.status = 'OPEN' and l.expires_on >= $1""")
                .execute(Tuple.of(today))
                .map(rows -> each(rows, r -> new OpenListing(r.getUUID(0), r.getString(1), r.getArrayOfStrings(2),
                        r.getArrayOfStrings(3), r.getArrayOfStrings(4), r.getInteger(5), r.getInteger(6), r.getLong(7), r.getLong(8),
                        JobListing.WagePeriod.valueOf(r.getString(9)), r.getInteger(10), r.getInteger(11),
                        r.getArrayOfStrings(12), r.getOffsetDateTime(13).atZoneSameInstant(BusinessTime.ZONE).toLocalDate(),
                        r.getInteger(14), r.getString(15), r.getString(16), r.getLocalDate(17))));
    }

    /** Every profile (the nightly recompute). */
    public Uni<List<ProfileRow>> allProfiles() {
        return profiles("", Tuple.tuple());
    }

    /** Profiles that reach the district. */
    public Uni<List<ProfileRow>> profilesReaching(String district) {
        return profiles("where $1 = any(p.reachable_districts)", Tuple.of(district));
    }

    /** Profiles of the subtree at {@code unitPath} that reach the district. */
    public Uni<List<ProfileRow>> profilesInSubtreeReaching(String unitPath, String district) {
        return profiles("where $1 = any(p.reachable_districts) and " + Subtree.sql("p.unit_id", "$2"),
                Tuple.of(district, Subtree.pattern(unitPath)));
    }

    private Uni<List<ProfileRow>> profiles(String where, Tuple params) {
        return pool.preparedQuery(PROFILES + where).execute(params).map(rows -> each(rows, r -> new ProfileRow(r.getUUID(0),
                r.getArrayOfStrings(1), r.getArrayOfStrings(2), r.getArrayOfStrings(3), r.getString(4), r.getArrayOfStrings(5),
                r.getInteger(6), r.getInteger(7), r.getLong(8), r.getInteger(9), r.getBoolean(10), r.getUUID(11), r.getString(12))));
    }

    /** Replaces every stored recommendation with these, in one transaction, in chunks of 5,000 rows. */
    public Uni<Void> replaceRecommendations(List<Recommendation> all, Instant computedAt) {
        OffsetDateTime at = computedAt.atOffset(ZoneOffset.UTC);
        return pool.withTransaction(c -> {
            Uni<Void> chain = c.query("delete from job_recommendation").execute().replaceWithVoid();
            int chunk = 5_000;
            for (int from = 0; from < all.size(); from += chunk) {
                List<Recommendation> part = all.subList(from, Math.min(all.size(), from + chunk));
                UUID[] workers = part.stream().map(Recommendation::worker).toArray(UUID[]::new);
                Short[] ranks = part.stream().map(Recommendation::rank).toArray(Short[]::new);
                UUID[] listings = part.stream().map(Recommendation::listingId).toArray(UUID[]::new);
                Float[] scores = part.stream().map(Recommendation::score).toArray(Float[]::new);
                chain = chain.chain(() -> c.preparedQuery("""
                                insert into job_recommendation (worker_subject, rank, listing_id, score, computed_at)
                                select w, r, l, s, $5 from unnest($1::uuid[], $2::int2[], $3::uuid[], $4::real[]) as t(w, r, l, s)""")
                        .execute(Tuple.of(workers, ranks, listings, scores, at)).replaceWithVoid());
            }
            return chain;
        });
    }

    /** Hires in the subtree at {@code unitPath} from one day to another (both inclusive, China time). */
    public Uni<List<Hire>> hires(String unitPath, LocalDate from, LocalDate to) {
        return pool.preparedQuery("""
                        select to_char(a.hired_at at time zone 'Asia/Shanghai', 'YYYY-MM'), e.id::text, e.name, u.id::text, u.name,
                               l.id::text, l.title
                        from job_application a
                          join job_listing l on l.id = a.listing_id
                          join employer e on e.id = l.employer_id
                          join union_unit u on u.id = l.unit_id
                        where a.status = 'HIRED' and %s and a.hired_at >= $2 and a.hired_at < $3""".formatted(Subtree.pathIn("u.path", "$1")))
                .execute(Tuple.of(Subtree.pattern(unitPath), from.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime()))
                .map(rows -> each(rows, r -> new Hire(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6))));
    }

    private static <T> List<T> each(RowSet<Row> rows, Function<Row, T> read) {
        List<T> all = new ArrayList<>(rows.size());
        for (Row r : rows) {
            all.add(read.apply(r));
        }
        return all;
    }
}
