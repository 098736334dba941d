package org.weiyuan.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditEntry e = new AuditEntry();
            e.seq = (long) i + 1;
            e.id = UUID.randomUUID();
            e.occurredAt = java.time.Instant.parse("2026-03-01T08:00:00.123456Z").plusSeconds(i);
            e.actorSubject = UUID.randomUUID();
            e.actorRole = "staff";
            e.action = "HOUSEHOLD_APPROVED";
            e.entityType = "household";
            e.entityId = UUID.randomUUID();
            e.afterDigest = AuditChain.digest(Map.of("status", "APPROVED", "n", i));
            e.prevHash = prev;
            e.hash = AuditChain.hash(e);
            prev = e.hash;
            entries.add(e);
        }
        return entries;
    }

    @Test
    void anIntactChainHasNoBreak() {
        assertThat(AuditChain.firstBreak(chain(5), AuditChain.GENESIS)).isNull();
    }

    @Test
    void anEditedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.get(2).detail = "changed afterwards";
        AuditChain.Break broken = AuditChain.firstBreak(entries, AuditChain.GENESIS);
        assertThat(broken.entry()).isSameAs(entries.get(2));
        assertThat(broken.reason()).contains("edited");
    }

    @Test
    void aRemovedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(AuditChain.firstBreak(entries, AuditChain.GENESIS).entry()).isSameAs(entries.get(1));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        List<AuditEntry> entries = chain(1);
        AuditEntry e = entries.get(0);
        String before = AuditChain.hash(e);
        e.entityType = "household_x";
        e.action = e.action.substring(0, e.action.length() - 1);
        assertThat(AuditChain.hash(e)).isNotEqualTo(before);
    }

    @Test
    void digestIsCanonical() {
        assertThat(AuditChain.digest(Map.of("a", 1, "b", 2))).isEqualTo(AuditChain.digest(new java.util.TreeMap<>(Map.of("b", 2, "a", 1))));
        assertThat(AuditChain.digest(null)).isNull();
    }

    private static List<AuditEntry> unsealed(int n) {
        List<AuditEntry> entries = chain(n);
        for (AuditEntry e : entries) {
            e.prevHash = null;
            e.hash = null;
        }
        return entries;
    }

    @Test
    void sealingLinksEntriesAfterTheHeadInTheOrderGiven() {
        List<AuditEntry> first = unsealed(3);
        AuditChain.seal(first, 0, AuditChain.GENESIS);
        // a later batch holds a row with a lower seq that committed late
        List<AuditEntry> second = unsealed(2);
        second.get(0).seq = 1L;
        AuditChain.seal(second, 3, first.get(2).hash);

        List<AuditEntry> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).extracting(e -> e.chainPos).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(second.get(0).prevHash).isEqualTo(first.get(2).hash);
        assertThat(AuditChain.firstBreak(all, AuditChain.GENESIS, 0L)).isNull();
    }

    @Test
    void reorderedSealedEntriesAreFound() {
        List<AuditEntry> entries = unsealed(4);
        AuditChain.seal(entries, 0, AuditChain.GENESIS);
        java.util.Collections.swap(entries, 1, 2);
        AuditChain.Break broken = AuditChain.firstBreak(entries, AuditChain.GENESIS, 0L);
        assertThat(broken.entry()).isSameAs(entries.get(1));
        assertThat(broken.reason()).contains("reordered");
    }

    @Test
    void renumberedPositionsAreFound() {
        List<AuditEntry> entries = unsealed(3);
        AuditChain.seal(entries, 0, AuditChain.GENESIS);
        entries.get(2).chainPos = 7L;
        assertThat(AuditChain.firstBreak(entries, AuditChain.GENESIS, 0L).reason()).contains("renumbered");
        assertThat(AuditChain.firstBreak(entries.subList(1, 3), entries.get(0).hash, 0L).reason()).contains("renumbered");
    }
}
