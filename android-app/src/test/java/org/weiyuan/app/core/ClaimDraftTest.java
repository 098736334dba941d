package org.weiyuan.app.core;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mutual-aid claim is checked on the phone as the backend checks it (BenefitCalculator.Claim, SubmitClaimRequest). */
class ClaimDraftTest {

    private static ClaimDraft claim(ClaimDraft.Kind kind, String illness, String invoice, String date, long total, long insurance) {
        return new ClaimDraft("p1", kind, illness, invoice, date, total, insurance);
    }

    @Test
    void anInpatientClaimSendsWhatTheMemberPaidThemselvesAsTheBillLessInsurance() throws Exception {
        ClaimDraft c = claim(ClaimDraft.Kind.INPATIENT, " ", " FP-2026-001 ", "2026-11-20", 1_200_000, 700_000);
        assertThat(c.problem()).isNull();
        JSONObject body = new JSONObject(c.toJson());
        assertThat(body.getString("planId")).isEqualTo("p1");
        assertThat(body.getString("kind")).isEqualTo("INPATIENT");
        assertThat(body.getString("invoiceNo")).isEqualTo("FP-2026-001");
        assertThat(body.getString("eventDate")).isEqualTo("2026-11-20");
        assertThat(body.getLong("totalFen")).isEqualTo(1_200_000);
        assertThat(body.getLong("insurancePaidFen")).isEqualTo(700_000);
        assertThat(body.getLong("selfPaidFen")).isEqualTo(500_000);
        assertThat(body.has("illness")).isFalse();
    }

    @Test
    void whatTheBackendWouldRefuseIsNotSent() {
        assertThat(claim(ClaimDraft.Kind.INPATIENT, "", "  ", "2026-11-20", 100, 0).problem()).isEqualTo(ClaimDraft.Problem.INVOICE_NO);
        assertThat(claim(ClaimDraft.Kind.INPATIENT, "", "F1", "2026-13-01", 100, 0).problem()).isEqualTo(ClaimDraft.Problem.DATE);
        assertThat(claim(ClaimDraft.Kind.INPATIENT, "", "F1", "20.11.2026", 100, 0).problem()).isEqualTo(ClaimDraft.Problem.DATE);
        assertThat(claim(ClaimDraft.Kind.INPATIENT, "", "F1", "2026-11-20", 0, 0).problem()).isEqualTo(ClaimDraft.Problem.AMOUNT);
        assertThat(claim(ClaimDraft.Kind.INPATIENT, "", "F1", "2026-11-20", -1, 0).problem()).isEqualTo(ClaimDraft.Problem.AMOUNT);
        assertThat(claim(ClaimDraft.Kind.INPATIENT, "", "F1", "2026-11-20", 100, 101).problem())
                .isEqualTo(ClaimDraft.Problem.INSURANCE_MORE_THAN_TOTAL);
        assertThat(claim(ClaimDraft.Kind.CRITICAL_ILLNESS, " ", "F1", "2026-11-20", 100, 0).problem()).isEqualTo(ClaimDraft.Problem.ILLNESS);
        assertThat(claim(ClaimDraft.Kind.CRITICAL_ILLNESS, "尿毒症", "F1", "2026-11-20", 100, 0).problem()).isNull();
    }
}
