package org.weiyuan.household;

import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.household.HouseholdViews.HouseholdSummary;
import org.weiyuan.household.HouseholdViews.HouseholdView;
import org.weiyuan.household.HouseholdViews.LineView;
import org.weiyuan.household.HouseholdViews.MemberHealth;
import org.weiyuan.household.HouseholdViews.MemberView;
import org.weiyuan.household.HouseholdViews.PersonalData;
import org.weiyuan.household.HouseholdViews.PovertyLineView;
import org.weiyuan.household.HouseholdViews.QuestionView;
import org.weiyuan.household.HouseholdViews.VerificationView;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

/**
 * Turns household entities into API views under the masking policy: the household itself sees
 * its own data in full; staff see ID and phone numbers, street address and health details masked
 * (full values only through the audited personal-data endpoint); lists mask the name too.
 */
@ApplicationScoped
public class HouseholdPresenter {

    final PiiCipher cipher;

    HouseholdPresenter(PiiCipher cipher) {
        this.cipher = cipher;
    }

    public HouseholdView view(HouseholdFile file, boolean masked) {
        Household h = file.household();
        String idNumber = cipher.decrypt(h.idNumberEnc);
        String phone = cipher.decrypt(h.phoneEnc);
        String address = cipher.decrypt(h.addressEnc);
        return new HouseholdView(h.id, h.unitId, h.status, h.headName,
                masked ? Masking.idNumber(idNumber) : idNumber,
                masked ? Masking.phone(phone) : phone,
                h.district,
                masked ? Masking.text(address) : address,
                h.housing,
                file.members().stream().map(m -> member(m, masked)).toList(),
                h.otherMonthlyIncomeFen, h.totalMonthlyIncomeFen, h.memberCount, h.perCapitaIncomeFen,
                h.category, h.severity,
                h.lineYear == null ? null : new LineView(h.lineYear, h.lineMonthlyFen),
                h.causes, h.causeNote, h.fourLooks,
                file.questions().stream().map(HouseholdPresenter::question).toList(),
                file.verifications().stream().map(HouseholdPresenter::verification).toList(),
                h.rejectionReason, h.exitReason, h.exitNote, masked, h.createdAt, h.updatedAt);
    }

    private MemberView member(HouseholdMember m, boolean masked) {
        String detail = cipher.decrypt(m.healthDetailEnc);
        String idNumber = cipher.decrypt(m.idNumberEnc);
        return new MemberView(m.id, m.relation, m.name, m.birthYear, m.schooling, m.healthStatus,
                masked ? Masking.text(detail) : detail, m.workStatus, m.monthlyIncomeFen,
                masked && idNumber != null ? Masking.idNumber(idNumber) : idNumber);
    }

    public static HouseholdSummary summary(Household h) {
        return new HouseholdSummary(h.id, h.unitId, h.status, Masking.name(h.headName), h.district, h.category,
                h.severity, h.perCapitaIncomeFen, h.memberCount, h.causes, h.createdAt, h.updatedAt);
    }

    public PersonalData personalData(HouseholdFile file) {
        Household h = file.household();
        return new PersonalData(h.id, cipher.decrypt(h.idNumberEnc), cipher.decrypt(h.phoneEnc),
                cipher.decrypt(h.addressEnc),
                file.members().stream()
                        .map(m -> new MemberHealth(m.id, m.name, m.healthStatus, cipher.decrypt(m.healthDetailEnc)))
                        .toList());
    }

    static QuestionView question(InfoQuestion q) {
        return new QuestionView(q.id, q.question, q.askedAt, q.answer, q.answeredAt, q.documentKind, q.answerDocumentId);
    }

    static VerificationView verification(Verification v) {
        return new VerificationView(v.id, v.reviewCycle, v.visitedOn, v.investigatorSubject, v.volunteerName, v.volunteerId,
                v.findings, v.recommendedHelp, v.summary, v.recordedAt);
    }

    public static PovertyLineView line(PovertyLine l) {
        return new PovertyLineView(l.id, l.unitId, l.year, l.monthlyFen, l.extremePct, l.hardshipPct, l.updatedAt, l.appliesFromYear);
    }
}
