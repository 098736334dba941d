package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpotCheckDrawTest {

    private static final List<UUID> FILES = IntStream.range(0, 200).mapToObj(i -> new UUID(0, i)).toList();

    @Test
    void theSameSeedGivesTheSameSampleWhateverOrderTheFilesCameIn() {
        List<UUID> shuffled = new ArrayList<>(FILES);
        Collections.shuffle(shuffled, new java.util.Random(1));
        List<UUID> a = SpotCheckDraw.sample(FILES, 20, 42L);
        assertThat(SpotCheckDraw.sample(shuffled, 20, 42L)).isEqualTo(a);
        assertThat(new HashSet<>(a)).hasSize(20);
        assertThat(FILES).containsAll(a);
        assertThat(SpotCheckDraw.sample(FILES, 20, 43L)).isNotEqualTo(a);
        assertThat(SpotCheckDraw.sample(FILES, 200, 7L)).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(SpotCheckDraw.sample(FILES, 0, 7L)).isEmpty();
        assertThatThrownBy(() -> SpotCheckDraw.sample(FILES, 201, 7L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodyChecksAFileTheyVisitedAndTheWorkIsSpread() {
        UUID a = new UUID(1, 1);
        UUID b = new UUID(1, 2);
        UUID c = new UUID(1, 3);
        List<UUID> sample = FILES.subList(0, 9);
        Map<UUID, Set<UUID>> visited = new java.util.HashMap<>();
        sample.forEach(f -> visited.put(f, Set.of(a)));
        Map<UUID, UUID> assigned = SpotCheckDraw.assign(sample, visited, List.of(a, b, c));
        assertThat(assigned).hasSize(9).doesNotContainValue(a);
        assertThat(assigned.values().stream().filter(b::equals).count()).isEqualTo(5);
        assertThat(assigned.values().stream().filter(c::equals).count()).isEqualTo(4);
        assertThatThrownBy(() -> SpotCheckDraw.assign(sample, visited, List.of(a))).isInstanceOf(DomainException.class);
    }
}
