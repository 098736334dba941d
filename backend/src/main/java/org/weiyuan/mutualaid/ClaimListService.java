package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.Page;
import org.weiyuan.mutualaid.MutualAidEntities.ClaimStatus;
import org.weiyuan.mutualaid.MutualAidRepository.ClaimRow;
import org.weiyuan.mutualaid.MutualAidViews.ClaimSummary;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 申领列表: the staff work list of claims in the caller's subtree (or a unit of it), by status, oldest
 * first, keyset-paged. Names are masked; the read is audited because it lists people who are ill.
 */
@ApplicationScoped
public class ClaimListService {

    private final MutualAidRepository repo;
    private final UnionScope scope;
    private final PiiCipher cipher;
    private final AuditLog audit;

    public ClaimListService(MutualAidRepository repo, UnionScope scope, PiiCipher cipher, AuditLog audit) {
        this.repo = repo;
        this.scope = scope;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The audit entry is written in the same transaction as the read, so a listed page always leaves its trace. */
    @WithTransaction
    public Uni<Page<ClaimSummary>> list(Actor staff, UUID unitId, ClaimStatus status, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return (unitId == null ? scope.staffUnit(staff) : scope.unitInStaffScope(staff, unitId)).chain(unit ->
                repo.claimsUnder(unit.path, status, after, limit).chain(rows -> {
                    List<ClaimRow> page = rows.size() > limit ? rows.subList(0, limit) : rows;
                    String next = rows.size() > limit
                            ? new Cursor(page.get(limit - 1).claim().createdAt, page.get(limit - 1).claim().id).encode() : null;
                    List<UUID> ids = page.stream().map(r -> r.claim().id).toList();
                    Map<String, Object> filter = new HashMap<>();
                    filter.put("status", status == null ? "ANY" : status.name());
                    filter.put("claims", ids.size());
                    return repo.flaggedAmong(ids)
                            .call(() -> audit.record(staff, "MUTUAL_AID_CLAIMS_LISTED", "union_unit", unit.id, null, filter,
                                    ids.size() + " claims"))
                            .map(flagged -> new Page<>(page.stream().map(r -> summary(r, flagged.contains(r.claim().id))).toList(), next));
                }));
    }

    private ClaimSummary summary(ClaimRow r, boolean flagged) {
        var c = r.claim();
        return new ClaimSummary(c.id, c.planId, r.planName(), r.planYear(), r.unitId(), c.memberId,
                Masking.name(cipher.decrypt(r.memberNameEnc())), c.kind, c.invoiceNo, c.eventDate, c.computedFen, c.paidFen,
                c.status, flagged, c.createdAt);
    }
}
