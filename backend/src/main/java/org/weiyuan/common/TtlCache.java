package org.weiyuan.common;

import io.smallrye.mutiny.Uni;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A short-lived read-through cache, free of any framework: an entry lives {@code ttlNanos} at most
 * (the staleness bound when no invalidation comes), and {@link #invalidate()} drops every entry at
 * once. A load that was running when an invalidation came is answered but not kept, so a value
 * read before a change can never outlive the news of it. The clock is a parameter so tests move it.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt, long generation) { }

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** {@code ttlNanos} 0 or less: no caching, every get loads. */
    public TtlCache(long ttlNanos, int maxEntries, LongSupplier nanoClock) {
        this.ttlNanos = ttlNanos;
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    public Uni<V> get(K key, Supplier<Uni<V>> loader) {
        if (ttlNanos <= 0) {
            return loader.get();
        }
        long now = nanoClock.getAsLong();
        long gen = generation.get();
        Entry<V> e = entries.get(key);
        if (e != null && e.generation() == gen && now - e.expiresAt() < 0) {
            return Uni.createFrom().item(e.value());
        }
        return loader.get().invoke(v -> {
            if (generation.get() != gen) {
                return; // changed while loading: answer this caller, keep nothing
            }
            if (entries.size() >= maxEntries) {
                entries.clear(); // crude but bounded: the hot filters refill within a TTL
            }
            entries.put(key, new Entry<>(v, now + ttlNanos, gen));
        });
    }

    /** Drops every entry; loads under way are not kept. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** How many invalidations so far (tests and metrics). */
    public long generation() {
        return generation.get();
    }

    public int size() {
        return entries.size();
    }
}
