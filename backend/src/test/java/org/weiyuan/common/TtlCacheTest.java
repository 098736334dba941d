package org.weiyuan.common;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TtlCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();

    private Uni<Integer> load() {
        return Uni.createFrom().item(loads::incrementAndGet);
    }

    private int get(TtlCache<String, Integer> cache, String key) {
        return cache.get(key, this::load).await().indefinitely();
    }

    @Test
    void aValueIsServedFromMemoryUntilItsTtlRunsOut() {
        TtlCache<String, Integer> cache = new TtlCache<>(100, 10, now::get);
        assertThat(get(cache, "a")).isEqualTo(1);
        now.addAndGet(99);
        assertThat(get(cache, "a")).isEqualTo(1);
        now.addAndGet(1);
        assertThat(get(cache, "a")).isEqualTo(2);
        assertThat(get(cache, "b")).isEqualTo(3);
    }

    @Test
    void anInvalidationDropsEveryEntryAtOnce() {
        TtlCache<String, Integer> cache = new TtlCache<>(1_000, 10, now::get);
        get(cache, "a");
        get(cache, "b");
        cache.invalidate();
        assertThat(cache.size()).isZero();
        assertThat(get(cache, "a")).isEqualTo(3);
        assertThat(cache.generation()).isEqualTo(1);
    }

    @Test
    void aLoadOverlappingAnInvalidationIsAnsweredButNotKept() {
        TtlCache<String, Integer> cache = new TtlCache<>(1_000, 10, now::get);
        // the change commits (and its signal arrives) while the old page is being read
        int first = cache.get("a", () -> load().invoke(cache::invalidate)).await().indefinitely();
        assertThat(first).isEqualTo(1);
        assertThat(get(cache, "a")).isEqualTo(2);
        assertThat(get(cache, "a")).isEqualTo(2);
    }

    @Test
    void failuresAreNotCachedAndAZeroTtlCachesNothing() {
        TtlCache<String, Integer> cache = new TtlCache<>(1_000, 10, now::get);
        Uni<Integer> failing = cache.get("a", () -> Uni.createFrom().failure(new IllegalStateException("db down")));
        assertThat(failing.onFailure().recoverWithItem(-1).await().indefinitely()).isEqualTo(-1);
        assertThat(get(cache, "a")).isEqualTo(1);

        TtlCache<String, Integer> off = new TtlCache<>(0, 10, now::get);
        get(off, "a");
        assertThat(get(off, "a")).isEqualTo(3);
    }

    @Test
    void theNumberOfEntriesIsBounded() {
        TtlCache<String, Integer> cache = new TtlCache<>(1_000, 3, now::get);
        for (int i = 0; i < 10; i++) {
            get(cache, "k" + i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
