package org.weiyuan.wish;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.weiyuan.common.DomainException;
import org.weiyuan.vetting.Vetted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A micro-wish (微愿): a concrete need of an approved hardship household, vetted by staff and
 * funded by donors. It carries a copy of what donors may know of the household (district,
 * category, causes) so the donor feed never touches the household file.
 */
@Entity
@Table(name = "wish")
public class Wish implements Vetted<WishAction> {

    @Id
    public UUID id;
    public UUID householdId;
    public UUID unitId;
    public UUID campaignId;
    @Enumerated(EnumType.STRING)
    public WishKind kind;
    @Enumerated(EnumType.STRING)
    public WishStatus status;
    public String title;
    public String story;
    public long targetFen;
    /** Live pledges (held or paid). Changed only by one conditional SQL update, never read-modify-write. */
    public long pledgedFen;
    public long paidFen;
    /** The part of {@link #paidFen} that came from matching pools (配捐). */
    public long matchedFen;
    /** Handed over to the household (拨付), approved; never more than {@link #paidFen}. */
    public long disbursedFen;
    /** Paid money sent back when the wish expired: refunds, moves to a fund, matches returned to pools. */
    public long returnedFen;
    /** When the household confirmed receipt (确认收到). */
    public Instant receivedAt;
    /** The household's thank-you note; donors see it only once staff cleared it. */
    public String thankYou;
    public UUID thankYouClearedBy;
    public LocalDate deadline;
    public String district;
    public String householdCategory;
    public String householdSeverity;
    public String householdCauses;
    /**
     * 工会已入户核实: the date of the home visit after which the household's file was approved, copied
     * when the wish is made (like district and category, so the feed never reads the file); null if none.
     */
    public LocalDate verifiedOn;
    public String schoolName;
    public Integer admissionYear;
    /** 金秋助学: the level of the programme admitted to. */
    @Enumerated(EnumType.STRING)
    public AdmissionLevel admissionLevel;
    /** 金秋助学: who the award is for, as {@link CampaignRules#studentKey}; one award per child and year. */
    public String studentKey;
    public String rejectionReason;
    public UUID vettedBy;
    public UUID createdBy;
    public Instant publishedAt;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public long remainingFen() {
        return targetFen - pledgedFen;
    }

    // --- Money on the wish (认捐, 到账, 配捐, 拨付). Funding calls these under the wish's row lock;
    // the totals and the status move together here and nowhere else. ---

    /** Whether a pledge of this amount fits: the wish takes pledges and still needs that much. */
    public boolean canReserve(long amountFen) {
        return WishRules.pledgeFits(status, pledgedFen, targetFen, amountFen);
    }

    /** A pledge holds its share (认捐): 409 when the wish takes no pledges or needs less (offering the remainder). */
    public void reserve(long amountFen, Instant at) {
        WishRules.checkPledge(status, pledgedFen, targetFen, amountFen);
        pledgedFen += amountFen;
        status = WishLifecycle.next(status, WishAction.FIRST_PLEDGE);
        updatedAt = at;
    }

    /** A held pledge's hold ran out; the last one released puts the wish back to "no pledges". */
    public void releaseHold(long amountFen, Instant at) {
        pledgedFen -= amountFen;
        updatedAt = at;
        if (pledgedFen == 0 && WishLifecycle.allowed(status, WishAction.ALL_PLEDGES_RELEASED)) {
            status = WishLifecycle.next(status, WishAction.ALL_PLEDGES_RELEASED);
        }
    }

    /** A reserved pledge was paid (到账). */
    public void markPaid(long amountFen, Instant at) {
        paidFen += amountFen;
        updatedAt = at;
    }

    /** A matching pool's share (配捐): reserved and paid at once. */
    public void addMatch(long amountFen) {
        pledgedFen += amountFen;
        paidFen += amountFen;
        matchedFen += amountFen;
    }

    /** Fully paid moves the wish to funded; returns whether it did. */
    public boolean completeIfFullyPaid() {
        if (paidFen != targetFen) {
            return false;
        }
        status = WishLifecycle.next(status, WishAction.FULLY_PAID);
        return true;
    }

    /** The deadline passed unfunded (到期). Held pledges and paid money are then let go one by one. */
    public void expire(Instant at) {
        status = WishLifecycle.next(status, WishAction.EXPIRE);
        updatedAt = at;
    }

    /** A hold let go because the wish expired (the status stays expired). */
    public void dropHoldOnExpiry(long amountFen) {
        pledgedFen -= amountFen;
    }

    /** Paid money or a match sent back after expiry. */
    public void returnPaid(long amountFen) {
        returnedFen += amountFen;
    }

    /** Money handed over to the household (拨付). */
    public void disburse(long amountFen, Instant at) {
        disbursedFen += amountFen;
        status = WishLifecycle.next(status, WishAction.DISBURSE);
        updatedAt = at;
    }

    /** The household confirms receipt (确认收到): 422 while paid money is still to be handed over. */
    public void confirmReceipt(String thankYouNote, Instant at) {
        if (status == WishStatus.FULFILLING && disbursedFen < paidFen) {
            throw DomainException.unprocessable("wish", "problem.disbursement.not-all-handed-over", paidFen - disbursedFen);
        }
        status = WishLifecycle.next(status, WishAction.CONFIRM_RECEIPT);
        receivedAt = at;
        updatedAt = at;
        thankYou = thankYouNote == null || thankYouNote.isBlank() ? null : thankYouNote.trim();
    }

    /** Staff close the wish, clearing the thank-you note if there is one. */
    public void close(UUID staff, Instant at) {
        status = WishLifecycle.next(status, WishAction.CLOSE);
        if (thankYou != null) {
            thankYouClearedBy = staff;
        }
        updatedAt = at;
    }

    /** Moves the wish through its vetting lifecycle (409 when the action is not allowed now). */
    @Override
    public void advance(WishAction action, Instant at) {
        status = WishLifecycle.next(status, action);
        updatedAt = at;
    }

    @Override
    public void require(WishAction action) {
        WishLifecycle.next(status, action);
    }

    @Override
    public UUID id() {
        return id;
    }

    // CPD-OFF: a snapshot lists the entity's fields, like the fields themselves
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("householdId", householdId);
        s.put("kind", kind);
        s.put("status", status);
        s.put("title", title);
        s.put("story", story);
        s.put("targetFen", targetFen);
        s.put("deadline", String.valueOf(deadline));
        s.put("campaignId", campaignId);
        s.put("rejectionReason", rejectionReason);
        return s;
    }
    // CPD-ON
}
