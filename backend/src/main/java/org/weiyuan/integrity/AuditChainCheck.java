package org.weiyuan.integrity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditService;

import java.util.List;

/** 审计链: every audit entry's hash follows from the one before; a break names the first bad entry. */
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
                ? CheckResult.ok(v.entriesChecked() + " entries verified")
                : new CheckResult(1, List.of(String.valueOf(v.firstBrokenEntryId())),
                        "chain broken at position " + v.firstBrokenPosition() + ": " + v.reason()));
    }
}
