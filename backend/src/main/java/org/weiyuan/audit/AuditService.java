package org.weiyuan.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.Page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Reading and verifying the audit chain (admin use cases). */
@ApplicationScoped
public class AuditService {

    static final int BATCH = 2_000;

    final AuditLog log;
    final AuditEntryRepository entries;

    AuditService(AuditLog log, AuditEntryRepository entries) {
        this.log = log;
        this.entries = entries;
    }

    /** Walks the chain from the first entry, in batches, and reports the first break if any. */
    @WithSession
    public Uni<AuditVerification> verify() {
        return verifyFrom(0L, AuditChain.GENESIS, 0L);
    }

    private Uni<AuditVerification> verifyFrom(long afterSeq, String expectedPrev, long checkedSoFar) {
        return log.batchAfter(afterSeq, BATCH).chain(batch -> {
            AuditChain.Break broken = AuditChain.firstBreak(batch, expectedPrev);
            if (broken != null) {
                long checked = checkedSoFar + batch.indexOf(broken.entry());
                return Uni.createFrom().item(new AuditVerification(false, checked, broken.entry().id,
                        broken.entry().seq, broken.reason()));
            }
            long checked = checkedSoFar + batch.size();
            if (batch.size() < BATCH) {
                return Uni.createFrom().item(new AuditVerification(true, checked, null, null, null));
            }
            AuditEntry last = batch.get(batch.size() - 1);
            return verifyFrom(last.seq, last.hash, checked);
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
        Long before = decode(cursor);
        StringBuilder hql = new StringBuilder("from AuditEntry a where 1 = 1");
        if (entityId != null) {
            hql.append(" and a.entityId = :entity");
        }
        if (before != null) {
            hql.append(" and a.seq < :before");
        }
        hql.append(" order by a.seq desc");
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql.toString(), AuditEntry.class).setMaxResults(limit + 1);
            if (entityId != null) {
                query.setParameter("entity", entityId);
            }
            if (before != null) {
                query.setParameter("before", before);
            }
            return query.getResultList();
        }).map(rows -> {
            List<AuditEntryView> items = rows.stream().limit(limit).map(AuditEntryView::of).toList();
            String next = rows.size() > limit ? encode(rows.get(limit - 1).seq) : null;
            return new Page<>(items, next);
        });
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("a")) {
                throw new IllegalArgumentException(raw);
            }
            return Long.parseLong(raw.substring(1));
        } catch (RuntimeException e) {
            throw org.weiyuan.common.DomainException.badParameter("cursor", "problem.cursor");
        }
    }
}
