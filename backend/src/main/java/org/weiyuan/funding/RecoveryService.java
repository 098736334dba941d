package org.weiyuan.funding;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.ExitReason;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.WishRepositories;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 追回帮扶金: staff put aid handed to a household found ineligible under recovery and record the
 * instalments as they come in; each instalment is one balanced entry from the recovered-money
 * account to the fund the aid came from (the wish's campaign fund, or the general fund).
 */
@ApplicationScoped
public class RecoveryService {

    @ApplicationScoped
    public static class Recoveries implements PanacheRepositoryBase<Recovery, UUID> {
        /** What is already under recovery on one wish. */
        Uni<Long> claimedOn(UUID wishId) {
            // a cancelled recovery claims nothing: the wish can be put under recovery again if found ineligible again
            return find("select coalesce(sum(r.amountFen), 0) from Recovery r where r.wishId = ?1 and r.status <> ?2", wishId,
                    Recovery.Status.CANCELLED).project(Long.class).singleResult();
        }

        /** The ids of a household's recoveries not cancelled and opened at or after {@code since}, oldest first (each is then locked and read fresh). */
        Uni<List<UUID>> idsNotCancelledSince(UUID householdId, java.time.Instant since) {
            return find("select r.id from Recovery r where r.householdId = ?1 and r.status <> ?2 and r.createdAt >= ?3 order by r.createdAt",
                    householdId, Recovery.Status.CANCELLED, since).project(UUID.class).list();
        }

        /** The ids of a household's open recoveries, oldest first. */
        Uni<List<UUID>> idsOpen(UUID householdId) {
            return find("select r.id from Recovery r where r.householdId = ?1 and r.status = ?2 order by r.createdAt",
                    householdId, Recovery.Status.OPEN).project(UUID.class).list();
        }

        Uni<List<Recovery>> ofHousehold(UUID householdId) {
            return list("householdId = ?1 order by createdAt", householdId);
        }
    }

    @ApplicationScoped
    public static class Instalments implements PanacheRepositoryBase<RecoveryInstalment, UUID> { }

    public record RecoveryRequest(@NotNull UUID wishId, @NotNull @Positive Long amountFen,
                                  @NotBlank @Size(max = 500) String reason) { }

    public record InstalmentRequest(@NotNull @Positive Long amountFen, @NotBlank @Size(max = 100) String reference) { }

    /**
     * A recovery. {@code owedFen} is what the household still owes on it; once it is cancelled, the
     * {@code refund*} amounts say what is owed back to the household ({@code refundOwedFen}), how much of
     * it the fund has given so far ({@code refundBookedFen}), how much was paid out ({@code refundPaidFen}),
     * and {@code refunds} lists the payouts (recorded, paid or sent back).
     */
    public record RecoveryView(UUID id, UUID householdId, UUID wishId, long amountFen, long receivedFen, long owedFen,
                               String reason, Recovery.Status status, UUID createdBy, Instant createdAt,
                               Recovery.RefundStatus refundStatus, long refundOwedFen, long refundBookedFen, long refundPaidFen,
                               List<RefundService.RefundView> refunds) {
        static RecoveryView of(Recovery r) {
            return of(r, List.of());
        }

        static RecoveryView of(Recovery r, List<RecoveryRefund> refunds) {
            return new RecoveryView(r.id, r.householdId, r.wishId, r.amountFen, r.receivedFen, r.amountFen - r.receivedFen,
                    r.reason, r.status, r.createdBy, r.createdAt, r.refundStatus, r.refundOwedFen, r.refundBookedFen,
                    r.refundPaidFen, refunds.stream().filter(p -> p.recoveryId.equals(r.id)).map(RefundService.RefundView::of).toList());
        }
    }

    private final BusinessTime time;
    private final Recoveries recoveries;
    private final Instalments instalments;
    private final WishRepositories.Wishes wishes;
    private final HouseholdService households;
    private final UnionScope scope;
    private final Ledger ledger;
    private final AuditLog audit;
    private final RefundService refunds;

    RecoveryService(BusinessTime time, Recoveries recoveries, Instalments instalments, WishRepositories.Wishes wishes,
                    HouseholdService households, UnionScope scope, Ledger ledger, AuditLog audit, RefundService refunds) {
        this.refunds = refunds;
        this.time = time;
        this.wishes = wishes;
        this.households = households;
        this.recoveries = recoveries;
        this.instalments = instalments;
        this.scope = scope;
        this.ledger = ledger;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Recovery> open(Actor staff, UUID householdId, RecoveryRequest r) {
        return household(staff, householdId).chain(h -> {
            if (h.status != HouseholdStatus.EXITED || h.exitReason != ExitReason.INELIGIBLE_ON_RECHECK) {
                throw DomainException.conflict("problem.recovery.not-ineligible", h.status);
            }
            return wishes.findById(r.wishId(), LockModeType.PESSIMISTIC_WRITE).chain(w -> {
                if (w == null || !w.householdId.equals(h.id)) {
                    throw DomainException.unprocessable("wishId", "problem.recovery.wish");
                }
                return recoveries.claimedOn(w.id).chain(claimed -> {
                            RecoveryRules.checkAmount(r.amountFen(), w.disbursedFen, claimed);
                            Recovery rec = new Recovery();
                            rec.id = UUID.randomUUID();
                            rec.householdId = h.id;
                            rec.wishId = w.id;
                            rec.amountFen = r.amountFen();
                            rec.reason = r.reason().trim();
                            rec.status = Recovery.Status.OPEN;
                            rec.createdBy = staff.subject();
                            rec.createdAt = time.now();
                            return recoveries.persist(rec).replaceWith(rec)
                                    .call(() -> audit.record(staff, "RECOVERY_OPENED", "aid_recovery", rec.id, null,
                                            Map.of("wishId", w.id, "amountFen", rec.amountFen), rec.reason));
                        });
            });
        });
    }

    @WithTransaction
    public Uni<Recovery> instalment(Actor staff, UUID recoveryId, InstalmentRequest r) {
        return scope.staffUnit(staff).chain(() -> recoveries.findById(recoveryId, LockModeType.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> DomainException.notFound("recovery"))
                .call(rec -> household(staff, rec.householdId))
                .chain(rec -> {
                    if (rec.status == Recovery.Status.CANCELLED) {
                        throw DomainException.conflict("problem.recovery.cancelled");
                    }
                    RecoveryRules.checkInstalment(r.amountFen(), rec.amountFen, rec.receivedFen);
                    RecoveryInstalment i = new RecoveryInstalment();
                    i.id = UUID.randomUUID();
                    i.recoveryId = rec.id;
                    i.amountFen = r.amountFen();
                    i.reference = r.reference().trim();
                    i.recordedBy = staff.subject();
                    i.receivedAt = time.now();
                    rec.receivedFen += i.amountFen;
                    if (rec.receivedFen == rec.amountFen) {
                        rec.status = Recovery.Status.SETTLED;
                    }
                    return wishes.findById(rec.wishId)
                            .chain(w -> ledger.post(Posting.transfer("RECOVERY_RECEIVED", "recovery:" + i.id, null, null,
                                    "追回帮扶金 微愿 " + w.id + " " + i.reference, Accounts.recovered(),
                                    Accounts.generalFund(w.campaignId), i.amountFen)))
                            .chain(() -> instalments.persist(i))
                            .chain(() -> audit.record(staff, "RECOVERY_INSTALMENT", "aid_recovery", rec.id, null,
                                    Map.of("amountFen", i.amountFen, "receivedFen", rec.receivedFen, "status", rec.status), i.reference))
                            .replaceWith(rec);
                });
    }

    /** A household's recoveries with their refund payouts, for staff in scope. */
    @WithSession
    public Uni<List<RecoveryView>> of(Actor staff, UUID householdId) {
        return household(staff, householdId).chain(h -> recoveries.ofHousehold(h.id))
                .chain(all -> refunds.of(all.stream().map(r -> r.id).toList())
                        .map(paid -> all.stream().map(r -> RecoveryView.of(r, paid)).toList()));
    }

    /** The household, for staff whose subtree holds it; 404 otherwise. */
    private Uni<Household> household(Actor staff, UUID id) {
        return households.inStaffScope(staff, id);
    }
}
