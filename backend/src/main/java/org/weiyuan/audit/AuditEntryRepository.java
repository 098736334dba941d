package org.weiyuan.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reading the audit log by entity (writing stays with AuditLog, sealing with AuditSealer). */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** One entity's newest {@code limit} entries without the given actions, newest first. */
    public Uni<List<AuditEntry>> newestOf(UUID entityId, Collection<String> without, int limit) {
        return find("entityId = ?1 and action not in ?2 order by seq desc", entityId, without).range(0, limit - 1).list();
    }
}
