package org.weiyuan.wish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.weiyuan.common.DatabaseSignals;
import org.weiyuan.common.Page;
import org.weiyuan.common.TtlCache;
import org.weiyuan.common.db.Notify;
import org.weiyuan.wish.WishViews.FeedItem;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The public feed served from memory (爱心墙缓存): each filter's page and the district counts are kept
 * for {@code weiyuan.feed.cache-ttl} at most, with an ETag of their JSON, and dropped on every replica
 * when a change alters a card: publication, status, payment, release, photos (the {@code wish}
 * table's trigger signals {@code weiyuan_feed} on commit), and pledges, which this replica signals
 * after they commit, coalesced every {@code weiyuan.feed.signal-every}. Public reads only: money paths
 * (pledging, payment, disbursement) read the wish rows themselves and never this.
 */
@ApplicationScoped
public class FeedCache {

    private static final Logger LOG = Logger.getLogger(FeedCache.class);
    public static final String CHANNEL = DatabaseSignals.FEED;

    /** A cached answer and its entity tag (a quoted hash of its JSON). */
    public record Tagged<T>(T value, String etag) { }

    private record Key(String what, FeedService.Filter filter, FeedService.Sort sort, String cursor, int limit) { }

    private final FeedService feed;
    private final ObjectMapper json;
    private final DatabaseSignals signals;
    private final Notify notify;
    private final org.weiyuan.common.DatabaseOutage outage;
    private final TtlCache<Key, Tagged<?>> cache;
    private final long maxAgeSeconds;
    private final AtomicBoolean pledgedSinceSignal = new AtomicBoolean();

    FeedCache(FeedService feed, ObjectMapper json, DatabaseSignals signals, Notify notify, FeedConfig config,
              org.weiyuan.common.DatabaseOutage outage) {
        this.outage = outage;
        this.feed = feed;
        this.json = json;
        this.signals = signals;
        this.notify = notify;
        this.cache = new TtlCache<>(config.cacheTtl().toNanos(), config.cacheEntries(), System::nanoTime);
        this.maxAgeSeconds = Math.max(0, config.cacheTtl().toSeconds());
    }

    void listen(@Observes StartupEvent e) {
        signals.on(CHANNEL).subscribe().with(x -> cache.invalidate());
    }

    @SuppressWarnings("unchecked")
    public Uni<Tagged<Page<FeedItem>>> feed(FeedService.Filter filter, FeedService.Sort sort, String cursor, int limit) {
        FeedService.Position.decode(cursor, sort); // a bad cursor is a 400 even when a page is cached
        return cache.get(new Key("feed", filter, sort, cursor, limit),
                () -> feed.feed(filter, sort, cursor, limit).map(this::tag)).map(t -> (Tagged<Page<FeedItem>>) t);
    }

    @SuppressWarnings("unchecked")
    public Uni<Tagged<List<FeedService.DistrictCount>>> districts() {
        return cache.get(new Key("districts", null, null, null, 0), () -> feed.districts().map(this::tag))
                .map(t -> (Tagged<List<FeedService.DistrictCount>>) t);
    }

    /** One wish's public card (the wish page over the API). */
    public Uni<FeedItem> one(java.util.UUID id) {
        return cached("one", id, () -> feed.one(id));
    }

    /** Any other public answer built from cards (the public pages' wall, wish and campaign pages), cached alike. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> cached(String what, Object key, java.util.function.Supplier<Uni<T>> loader) {
        return cache.get(new Key(what, null, null, String.valueOf(key), 0), () -> loader.get().map(v -> new Tagged<>(v, null)))
                .map(t -> (T) t.value());
    }

    /** Seconds a client or CDN may keep an answer ({@code Cache-Control: max-age}): the same bound. */
    public long maxAgeSeconds() {
        return maxAgeSeconds;
    }

    /**
     * A pledge committed on this replica: drop this replica's pages now and have the others told at
     * the next {@link #signalPledges()} (one NOTIFY for any number of pledges, outside their transactions).
     */
    public void pledged() {
        cache.invalidate();
        pledgedSinceSignal.set(true);
    }

    @Scheduled(every = "${weiyuan.feed.signal-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> signalPledges() {
        // while PostgreSQL is down the outage probe alone knocks: retrying a NOTIFY every round made the
        // reactive pool fail its own timer ("Result is already complete", seen in the crash test)
        if (outage.down() || !pledgedSinceSignal.getAndSet(false)) {
            return Uni.createFrom().voidItem();
        }
        return notify.now(CHANNEL, "pledge")
                .onFailure().invoke(e -> {
                    pledgedSinceSignal.set(true);
                    LOG.debug("Cannot signal pledges to the other replicas; their pages age out within the TTL", e);
                })
                .onFailure().recoverWithNull();
    }

    /** Invalidations seen so far (tests; a metric if wanted). */
    public long invalidations() {
        return cache.generation();
    }

    private <T> Tagged<T> tag(T value) {
        try {
            byte[] bytes = json.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Tagged<>(value, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot tag a feed answer", e);
        }
    }
}
