package org.weiyuan.household;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A hardship household file (困难职工家庭档案, 一户一档). Personal data columns ending in
 * {@code Enc} hold AES-GCM ciphertext; {@code idNumberIndex} is a keyed hash for uniqueness.
 */
@Entity
@Table(name = "household")
public class Household {

    @Id
    public UUID id;
    @Column(name = "unit_id")
    public UUID unitId;
    /** The worker's Keycloak subject; null when staff filed for a worker without an account. */
    @Column(name = "owner_subject")
    public UUID ownerSubject;
    /** Who registered the file (谁登记). */
    @Column(name = "registered_by")
    public UUID registeredBy;
    @Enumerated(EnumType.STRING)
    public HouseholdStatus status;

    @Column(name = "head_name")
    public String headName;
    @Column(name = "id_number_enc")
    public String idNumberEnc;
    @Column(name = "id_number_index")
    public String idNumberIndex;
    @Column(name = "phone_enc")
    public String phoneEnc;
    /** 区县: the finest location anyone outside the file's scope may ever see. */
    public String district;
    @Column(name = "address_enc")
    public String addressEnc;
    @Enumerated(EnumType.STRING)
    public Housing housing;
    @Column(name = "other_monthly_income_fen")
    public long otherMonthlyIncomeFen;
    @Convert(converter = EnumSets.Causes.class)
    public Set<HardshipCause> causes;
    @Column(name = "cause_note")
    public String causeNote;
    @Embedded
    public FourLooks fourLooks;

    @Column(name = "member_count")
    public int memberCount;
    @Column(name = "total_monthly_income_fen")
    public long totalMonthlyIncomeFen;
    @Column(name = "per_capita_income_fen")
    public long perCapitaIncomeFen;
    @Enumerated(EnumType.STRING)
    public HouseholdCategory category;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Column(name = "line_year")
    public Integer lineYear;
    @Column(name = "line_monthly_fen")
    public Long lineMonthlyFen;

    /** Incremented on every reopen; verifications count toward approval only in their own cycle. */
    @Column(name = "review_cycle")
    public int reviewCycle;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    public ExitReason exitReason;
    @Column(name = "exit_note")
    public String exitNote;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public void apply(HardshipAssessor.Assessment a) {
        perCapitaIncomeFen = a.perCapitaIncomeFen();
        category = a.category();
        severity = a.severity();
        lineYear = a.line() == null ? null : a.line().year();
        lineMonthlyFen = a.line() == null ? null : a.line().monthlyFen();
    }

    /** The stored state, for the audit log's before/after digests (ciphertext, never plaintext). */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("unitId", unitId);
        s.put("ownerSubject", ownerSubject);
        s.put("status", status);
        s.put("headName", headName);
        s.put("idNumberIndex", idNumberIndex);
        s.put("idNumberEnc", idNumberEnc);
        s.put("phoneEnc", phoneEnc);
        s.put("district", district);
        s.put("addressEnc", addressEnc);
        s.put("housing", housing);
        s.put("otherMonthlyIncomeFen", otherMonthlyIncomeFen);
        s.put("causes", EnumSets.join(causes));
        s.put("causeNote", causeNote);
        s.put("fourLooks", fourLooks == null ? null
                : java.util.Arrays.asList(fourLooks.housing, fourLooks.food, fourLooks.workingCapacity, fourLooks.childrenInSchool));
        s.put("memberCount", memberCount);
        s.put("totalMonthlyIncomeFen", totalMonthlyIncomeFen);
        s.put("category", category);
        s.put("severity", severity);
        s.put("lineYear", lineYear);
        s.put("reviewCycle", reviewCycle);
        s.put("rejectionReason", rejectionReason);
        s.put("exitReason", exitReason);
        s.put("exitNote", exitNote);
        return s;
    }
}
