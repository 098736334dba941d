package org.weiyuan.household;

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
    public UUID unitId;
    /** The worker's Keycloak subject; null when staff filed for a worker without an account. */
    public UUID ownerSubject;
    /** Staff who created the worker's account (no smartphone); such files may be worked on the worker's behalf. */
    public UUID onboardedBy;
    public Instant onboardedAt;
    /** Who registered the file (谁登记). */
    public UUID registeredBy;
    @Enumerated(EnumType.STRING)
    public HouseholdStatus status;

    public String headName;
    public String idNumberEnc;
    public String idNumberIndex;
    public String phoneEnc;
    /** 区县: the finest location anyone outside the file's scope may ever see. */
    public String district;
    public String addressEnc;
    /** Keyed hashes of the phone and of the address within its district, for duplicate candidates. */
    public String phoneIndex;
    public String addressIndex;
    @Enumerated(EnumType.STRING)
    public Housing housing;
    public long otherMonthlyIncomeFen;
    @Convert(converter = EnumSets.Causes.class)
    public Set<HardshipCause> causes;
    public String causeNote;
    @Embedded
    public FourLooks fourLooks;

    public int memberCount;
    public long totalMonthlyIncomeFen;
    public long perCapitaIncomeFen;
    @Enumerated(EnumType.STRING)
    public HouseholdCategory category;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    public Integer lineYear;
    public Long lineMonthlyFen;

    /** Incremented on every reopen; verifications count toward approval only in their own cycle. */
    public int reviewCycle;
    public String rejectionReason;
    @Enumerated(EnumType.STRING)
    public ExitReason exitReason;
    public String exitNote;
    /** Who approved the file last (谁审核), and when: traced by a reverse check (倒查). */
    public UUID approvedBy;
    public Instant approvedAt;
    /** Who took the latest rejection or exit, and when: the decision an appeal (申诉) is about. */
    public UUID decidedBy;
    public Instant decidedAt;

    public Instant createdAt;
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

    /** Moves the file through its lifecycle (409 when the action is not allowed now). */
    public void advance(HouseholdAction action, Instant at) {
        status = HouseholdLifecycle.next(status, action);
        updatedAt = at;
    }

    /** The stored state, for the audit log's before/after digests (ciphertext, never plaintext). */
    // CPD-OFF: a snapshot lists the entity's fields, like the fields themselves
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("unitId", unitId);
        s.put("ownerSubject", ownerSubject);
        s.put("onboardedBy", onboardedBy);
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
        s.put("decidedBy", decidedBy);
        s.put("approvedBy", approvedBy);
        return s;
    }
    // CPD-ON
}
