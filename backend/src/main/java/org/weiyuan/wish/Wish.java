package org.weiyuan.wish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
public class Wish {

    @Id
    public UUID id;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "campaign_id")
    public UUID campaignId;
    @Enumerated(EnumType.STRING)
    public WishKind kind;
    @Enumerated(EnumType.STRING)
    public WishStatus status;
    public String title;
    public String story;
    @Column(name = "target_fen")
    public long targetFen;
    /** Live pledges (held or paid). Changed only by one conditional SQL update, never read-modify-write. */
    @Column(name = "pledged_fen")
    public long pledgedFen;
    @Column(name = "paid_fen")
    public long paidFen;
    /** The part of {@link #paidFen} that came from matching pools (配捐). */
    @Column(name = "matched_fen")
    public long matchedFen;
    /** Handed over to the household (拨付), approved; never more than {@link #paidFen}. */
    @Column(name = "disbursed_fen")
    public long disbursedFen;
    /** Paid money sent back when the wish expired: refunds, moves to a fund, matches returned to pools. */
    @Column(name = "returned_fen")
    public long returnedFen;
    /** When the household confirmed receipt (确认收到). */
    @Column(name = "received_at")
    public Instant receivedAt;
    /** The household's thank-you note; donors see it only once staff cleared it. */
    @Column(name = "thank_you")
    public String thankYou;
    @Column(name = "thank_you_cleared_by")
    public UUID thankYouClearedBy;
    public LocalDate deadline;
    public String district;
    @Column(name = "household_category")
    public String householdCategory;
    @Column(name = "household_severity")
    public String householdSeverity;
    @Column(name = "household_causes")
    public String householdCauses;
    @Column(name = "school_name")
    public String schoolName;
    @Column(name = "admission_year")
    public Integer admissionYear;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "vetted_by")
    public UUID vettedBy;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public long remainingFen() {
        return targetFen - pledgedFen;
    }

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
}
