package org.weiyuan.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.Page;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Reading and verifying the audit chain (admin use cases). */
@ApplicationScoped
public class AuditService {

    static final int BATCH = 2_000;

    final AuditLog log;
    final AuditRepository repository;
    final AuditEntryRepository entries;
    final AuditConfig config;
    final BusinessTime time;

    AuditService(AuditLog log, AuditRepository repository, AuditEntryRepository entries, AuditConfig config, BusinessTime time) {
        this.log = log;
        this.repository = repository;
        this.entries = entries;
        this.config = config;
        this.time = time;
    }

    /** Where the walk of the sealed chain stopped: the last good entry, or the first break. */
    private record Walk(long checked, long lastPosition, String lastHash, String hashAtSeal,
                        AuditEntry broken, String reason) { }

    /**
     * Walks the sealed chain from the first entry, in batches, and reports the first break if any; then
     * compares its end with the last seal (so sealed entries deleted at the end are caught too) and
     * reports the unsealed tail. The seal is read first: seals made during the walk only extend the chain.
     */
    @WithSession
    public Uni<AuditVerification> verify() {
        return repository.lastSeal().chain(seal -> walk(0L, AuditChain.GENESIS, 0L,
                        seal == null ? -1 : seal.lastPosition(), null)
                .chain(walk -> repository.lastSeal().chain(sealAfter -> repository.tail()
                        .map(tail -> verdict(walk, seal, sealAfter, tail)))));
    }

    private AuditVerification verdict(Walk walk, AuditRepository.Seal seal, AuditRepository.Seal sealAfter,
                                      AuditRepository.Tail tail) {
        Long age = tail.oldestUnsealed() == null ? null
                : Math.max(0, Duration.between(tail.oldestUnsealed(), time.now()).toSeconds());
        long bound = config.maxUnsealedAge().toSeconds();
        boolean within = age == null || age <= bound;
        UUID brokenId = walk.broken() == null ? null : walk.broken().id;
        Long brokenPosition = walk.broken() == null ? null : walk.broken().seq;
        String reason = walk.reason();
        if (reason == null && seal != null && walk.lastPosition() < seal.lastPosition()) {
            reason = "the chain ends at position " + walk.lastPosition() + " but was sealed up to " + seal.lastPosition()
                    + " (sealed entries deleted at the end)";
        } else if (reason == null && seal != null && !seal.headHash().equals(walk.hashAtSeal())) {
            reason = "the entry at position " + seal.lastPosition() + " is not the one sealed there (chain rewritten)";
        } else if (reason == null && walk.lastPosition() > (sealAfter == null ? 0 : sealAfter.lastPosition())) {
            reason = "entries after position " + (sealAfter == null ? 0 : sealAfter.lastPosition())
                    + " are chained but no seal records them (entries inserted)";
        }
        return new AuditVerification(reason == null, walk.checked(), brokenId, brokenPosition, reason,
                walk.lastPosition(), walk.lastHash(), tail.unsealed(), age, bound, within);
    }

    private Uni<Walk> walk(long afterPosition, String expectedPrev, long checkedSoFar, long sealedUpTo, String hashAtSeal) {
        return log.batchAfter(afterPosition, BATCH).chain(batch -> {
            AuditChain.Break broken = AuditChain.firstBreak(batch, expectedPrev, afterPosition);
            if (broken != null) {
                long checked = checkedSoFar + batch.indexOf(broken.entry());
                return Uni.createFrom().item(new Walk(checked, afterPosition, expectedPrev, hashAtSeal,
                        broken.entry(), broken.reason()));
            }
            String atSeal = hashAtSeal;
            for (AuditEntry e : batch) {
                if (e.chainPos == sealedUpTo) {
                    atSeal = e.hash;
                }
            }
            long checked = checkedSoFar + batch.size();
            AuditEntry last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
            if (batch.size() < BATCH) {
                return Uni.createFrom().item(last == null
                        ? new Walk(checked, afterPosition, expectedPrev, atSeal, null, null)
                        : new Walk(checked, last.chainPos, last.hash, atSeal, null, null));
            }
            return walk(last.chainPos, last.hash, checked, sealedUpTo, atSeal);
        });
    }

    /**
     * One entity's entries in chain order (档案履历), without the listed actions (reads); at most
     * {@code limit}, the newest ones when there are more.
     */
    @WithSession
    public Uni<List<AuditEntryView>> history(UUID entityId, java.util.Collection<String> without, int limit) {
        return entries.newestOf(entityId, without, limit)
                .map(rows -> rows.reversed().stream().map(AuditEntryView::of).toList());
    }

    /** Newest first, optionally for one entity. */
    @WithSession
    public Uni<Page<AuditEntryView>> list(UUID entityId, String cursor, int limit) {
        return entries.newestFirst(entityId, Cursor.sequence(cursor), limit + 1)
                .map(rows -> Cursor.page(rows, limit, last -> Cursor.ofSequence(last.seq)))
                .map(page -> new Page<>(page.items().stream().map(AuditEntryView::of).toList(), page.nextCursor()));
    }
}
