package org.weiyuan.wish;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.weiyuan.common.DomainException;
import org.weiyuan.matching.WishRecommender;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.WishViews.FeedItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * "Wishes for you" (为你推荐): a donor's preferences and giving history, blended with need and with
 * how often each wish was recommended lately, so that popular wishes do not starve the ones
 * waiting longest from the hardest-hit households (measured in WishRecommenderFairnessTest).
 */
@ApplicationScoped
public class ForYouService {

    final BusinessTime time;

    /** Candidates considered per request: those the donor asked for, the most neglected, the newest. */
    static final int PREFERRED = 500;
    static final int NEGLECTED = 300;
    static final int NEWEST = 200;

    final WishRepositories.Wishes wishes;
    final WishRepositories.Preferences preferences;
    final DonationHistory donations;
    final FeedService feed;

    ForYouService(BusinessTime time, WishRepositories.Wishes wishes, WishRepositories.Preferences preferences,
                  DonationHistory donations, FeedService feed) {
        this.time = time;
        this.wishes = wishes;
        this.preferences = preferences;
        this.donations = donations;
        this.feed = feed;
    }

    /**
     * Recent impressions per wish on this replica, halved every hour: an approximate, decaying memory
     * of what was recommended. Each replica spreads its own donors' attention; no database write per view.
     */
    private final Map<UUID, AtomicLong> impressions = new ConcurrentHashMap<>();
    private final WishRecommender recommender = new WishRecommender(WishRecommender.Weights.FAIR);

    @Schema(name = "ForYouPreferencesRequest")
    public record PreferencesRequest(@Size(max = 5) Set<@NotNull WishKind> kinds,
                                     @Size(max = 20) Set<@NotNull @Size(max = 40) String> districts,
                                     @PositiveOrZero long minFen, @PositiveOrZero long maxFen,
                                     @Size(max = 10) Set<@NotNull UUID> campaignIds) { }

    @Schema(name = "ForYouPreferencesView")
    public record PreferencesView(Set<WishKind> kinds, Set<String> districts, long minFen, long maxFen, Set<UUID> campaignIds) { }

    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void decay() {
        impressions.values().forEach(n -> n.updateAndGet(v -> v / 2));
        impressions.values().removeIf(n -> n.get() == 0);
    }

    @WithSession
    public Uni<PreferencesView> preferences(Actor donor) {
        return preferences.findById(donor.subject()).map(ForYouService::view);
    }

    @WithTransaction
    public Uni<PreferencesView> save(Actor donor, PreferencesRequest r) {
        if (r.maxFen() > 0 && r.maxFen() < r.minFen()) {
            throw DomainException.unprocessable("maxFen", "problem.feed.amount-range");
        }
        return preferences.findById(donor.subject()).chain(found -> {
            DonorPreference p = found == null ? new DonorPreference() : found;
            p.subject = donor.subject();
            p.kinds = r.kinds() == null ? new String[0] : r.kinds().stream().map(Enum::name).sorted().toArray(String[]::new);
            // " 南明区" and "南明区" are one district: trimmed, blanks dropped, each kept once
            p.districts = r.districts() == null ? new String[0] : r.districts().stream().filter(java.util.Objects::nonNull)
                    .map(String::trim).filter(d -> !d.isEmpty()).distinct().sorted().toArray(String[]::new);
            p.minFen = r.minFen();
            p.maxFen = r.maxFen();
            p.campaignIds = r.campaignIds() == null ? new UUID[0]
                    : r.campaignIds().stream().filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
            p.updatedAt = time.now();
            return (found == null ? preferences.persist(p).replaceWithVoid() : Uni.createFrom().voidItem()).replaceWith(view(p));
        });
    }

    @WithSession
    public Uni<List<FeedItem>> forYou(Actor donor, int limit) {
        LocalDate today = time.today();
        return preferences.findById(donor.subject())
                .chain(pref -> history(donor).chain(history -> candidates(pref, today).map(found -> {
                    WishRecommender.DonorTaste taste = taste(pref, history);
                    List<WishRecommender.WishFacts> facts = found.values().stream().map(w -> facts(w, today)).toList();
                    List<Wish> top = recommender.top(taste, facts, limit, donor.subject(), today).stream()
                            .map(f -> found.get(f.id())).toList();
                    top.forEach(w -> impressions.computeIfAbsent(w.id, k -> new AtomicLong()).incrementAndGet());
                    return top;
                }))).chain(feed::cards);
    }

    /** What the donor has given to (one wish per paid pledge): the share of each kind, and the districts. */
    private Uni<List<Wish>> history(Actor donor) {
        return donations.paidWishIds(donor.subject(), 500).chain(ids -> wishes.byIds(ids).map(found -> {
            Map<UUID, Wish> byId = found.stream().collect(Collectors.toMap(w -> w.id, w -> w));
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }));
    }

    private Uni<Map<UUID, Wish>> candidates(DonorPreference pref, LocalDate today) {
        Map<UUID, Wish> all = new LinkedHashMap<>();
        Uni<List<Wish>> preferred;
        if (pref == null || (pref.kinds.length == 0 && pref.districts.length == 0)) {
            preferred = Uni.createFrom().item(List.of());
        } else {
            preferred = wishes.fundableMatching(Arrays.stream(pref.kinds).map(WishKind::valueOf).toList(),
                    List.of(pref.districts), today, PREFERRED);
        }
        return preferred.invoke(ws -> ws.forEach(w -> all.put(w.id, w)))
                .chain(() -> wishes.fundableHardestHitFirst(today, NEGLECTED))
                .invoke(ws -> ws.forEach(w -> all.putIfAbsent(w.id, w)))
                .chain(() -> wishes.fundableNewestFirst(today, NEWEST))
                .invoke(ws -> ws.forEach(w -> all.putIfAbsent(w.id, w)))
                .replaceWith(all);
    }

    private WishRecommender.WishFacts facts(Wish w, LocalDate today) {
        long waiting = w.publishedAt == null ? 0
                : Duration.between(w.publishedAt, today.atStartOfDay(BusinessTime.ZONE)).toDays();
        AtomicLong seen = impressions.get(w.id);
        return new WishRecommender.WishFacts(w.id, w.kind.name(), w.district, w.campaignId, w.remainingFen(),
                org.weiyuan.household.Severity.rank(w.householdSeverity), Math.max(0, waiting), seen == null ? 0 : seen.get());
    }

    private static WishRecommender.DonorTaste taste(DonorPreference p, List<Wish> history) {
        Map<String, Double> kinds = new HashMap<>();
        Set<String> districts = new HashSet<>();
        for (Wish h : history) {
            kinds.merge(h.kind.name(), 1.0 / history.size(), Double::sum);
            if (h.district != null) {
                districts.add(h.district);
            }
        }
        if (p == null) {
            return new WishRecommender.DonorTaste(Set.of(), Set.of(), 0, 0, Set.of(), kinds, districts);
        }
        return new WishRecommender.DonorTaste(setOf(p.kinds), setOf(p.districts), p.minFen, p.maxFen,
                setOf(p.campaignIds), kinds, districts);
    }

    private static PreferencesView view(DonorPreference p) {
        if (p == null) {
            return new PreferencesView(Set.of(), Set.of(), 0, 0, Set.of());
        }
        return new PreferencesView(Arrays.stream(p.kinds).map(WishKind::valueOf).collect(Collectors.toSet()), setOf(p.districts),
                p.minFen, p.maxFen, setOf(p.campaignIds));
    }

    /** Rows saved before districts were de-duplicated may repeat one; Set.of would throw on that. */
    @SafeVarargs
    private static <T> Set<T> setOf(T... values) {
        return values == null ? Set.of() : Arrays.stream(values).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
