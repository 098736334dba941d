package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.security.Actor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * 倒查 from a payment: the payment's feature names the file behind it ({@link PaymentOrigin}); this
 * opens a re-check on that file, due today for this reason, records which payment it came from and
 * audits it. The re-check recorded next answers it. In the caller's transaction.
 */
@ApplicationScoped
public class ReverseCheckService {

    /** Where an aid payment went: the file it was paid to, how much and when. */
    public record PaymentOrigin(ReverseCheck.PaymentKind kind, UUID paymentId, UUID householdId, long amountFen, Instant paidAt) { }

    private final BusinessTime time;
    private final ReverseCheckRepository checks;
    private final HouseholdService files;
    private final ReviewScheduler scheduler;
    private final AuditLog audit;

    ReverseCheckService(BusinessTime time, ReverseCheckRepository checks, HouseholdService files, ReviewScheduler scheduler,
                        AuditLog audit) {
        this.time = time;
        this.checks = checks;
        this.files = files;
        this.scheduler = scheduler;
        this.audit = audit;
    }

    /** Opens the re-check: 404 outside the caller's scope, 409 when the file takes no re-check or this payment's is still open. */
    public Uni<ReverseCheck> open(Actor staff, PaymentOrigin origin, String note) {
        return files.inStaffScope(staff, origin.householdId()).chain(h -> {
            if (h.status != HouseholdStatus.APPROVED) {
                throw DomainException.conflict("problem.reverse-check.not-approved", h.status);
            }
            return checks.pendingFor(origin.kind(), origin.paymentId()).chain(pending -> {
                if (pending != null) {
                    throw DomainException.conflict("problem.reverse-check.open");
                }
                ReverseCheck c = new ReverseCheck();
                c.id = UUID.randomUUID();
                c.householdId = h.id;
                c.paymentKind = origin.kind();
                c.paymentId = origin.paymentId();
                c.amountFen = origin.amountFen();
                c.paidAt = origin.paidAt();
                c.note = note.trim();
                c.openedBy = staff.subject();
                c.openedAt = time.now();
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("reverseCheckId", c.id);
                after.put("paymentKind", c.paymentKind);
                after.put("paymentId", c.paymentId);
                after.put("amountFen", c.amountFen);
                return checks.persist(c)
                        .call(() -> scheduler.reverseCheck(h))
                        .call(() -> audit.record(staff, "HOUSEHOLD_REVERSE_CHECK_OPENED", "household", h.id, null, after, c.note));
            });
        });
    }
}
