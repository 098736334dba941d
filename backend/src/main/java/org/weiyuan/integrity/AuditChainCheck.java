package org.weiyuan.integrity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditService;

import java.util.List;

/**
 * 审计链: every sealed audit entry's hash follows from the one before and the chain reaches the last
 * seal; a break names the first bad entry. The unsealed tail is reported, not failed: its bound is
 * the sealer's promise, shown by {@code GET /api/v1/audit/verify}.
 */
@ApplicationScoped
public class AuditChainCheck implements InvariantCheck {

    private final AuditService audit;

    public AuditChainCheck(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit-chain";
    }

    @Override
    public Uni<CheckResult> run() {
        return audit.verify().map(v -> v.intact()
                ? CheckResult.ok(v.entriesChecked() + " entries verified, " + v.unsealedEntries() + " not sealed yet")
                : new CheckResult(1, v.firstBrokenEntryId() == null ? List.of() : List.of(String.valueOf(v.firstBrokenEntryId())),
                        (v.firstBrokenPosition() == null ? "chain broken" : "chain broken at position " + v.firstBrokenPosition())
                                + ": " + v.reason()));
    }
}
