package org.weiyuan.app.core;

import org.json.JSONException;
import org.json.JSONObject;

/**
 * A mutual-aid claim (互助申领) as the member fills it in, checked on the phone as the backend's
 * SubmitClaimRequest is before it is sent; the amount paid is the server's to compute and explain.
 * Its documents (诊断证明, 发票, 结算单) are photos sent after it was created.
 */
public final class ClaimDraft {

    /** The backend's BenefitKind. */
    public enum Kind { INPATIENT, CRITICAL_ILLNESS, PHARMACY }

    /** The backend's ClaimDocumentKind: which paper a photo shows. */
    public enum Document { DIAGNOSIS, INVOICE, SETTLEMENT }

    /** What the form must ask again for. */
    public enum Problem { INVOICE_NO, DATE, AMOUNT, INSURANCE_MORE_THAN_TOTAL, ILLNESS }

    /** The backend's limits (SubmitClaimRequest). */
    public static final int MAX_INVOICE_NO = 64;
    public static final int MAX_ILLNESS = 50;
    public static final long MAX_FEN = 10_000_000_000L;

    public final String planId;
    public final Kind kind;
    public final String illness;
    public final String invoiceNo;
    /** yyyy-MM-dd: the day of the treatment. */
    public final String eventDate;
    public final long totalFen;
    public final long insurancePaidFen;
    /** What the member paid themselves: the bill less what insurance paid (the backend requires that for in-patient claims). */
    public final long selfPaidFen;

    public ClaimDraft(String planId, Kind kind, String illness, String invoiceNo, String eventDate, long totalFen,
                      long insurancePaidFen) {
        this.planId = planId;
        this.kind = kind;
        this.illness = illness == null ? "" : illness.trim();
        this.invoiceNo = invoiceNo == null ? "" : invoiceNo.trim();
        this.eventDate = eventDate == null ? "" : eventDate.trim();
        this.totalFen = totalFen;
        this.insurancePaidFen = insurancePaidFen;
        this.selfPaidFen = totalFen - insurancePaidFen;
    }

    /** What is wrong with it as the backend would see it, or null. */
    public Problem problem() {
        if (invoiceNo.isEmpty() || invoiceNo.length() > MAX_INVOICE_NO) {
            return Problem.INVOICE_NO;
        }
        if (!eventDate.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")) {
            return Problem.DATE;
        }
        if (!amount(totalFen) || totalFen == 0 || !amount(insurancePaidFen)) {
            return Problem.AMOUNT;
        }
        if (insurancePaidFen > totalFen) {
            return Problem.INSURANCE_MORE_THAN_TOTAL;
        }
        if (kind == Kind.CRITICAL_ILLNESS && illness.isEmpty()) {
            return Problem.ILLNESS; // the plan pays for the illnesses it lists: the backend needs the name
        }
        return null;
    }

    private static boolean amount(long fen) {
        return fen >= 0 && fen <= MAX_FEN;
    }

    /** The body of POST /api/v1/mutual-aid/claims. */
    public String toJson() {
        try {
            JSONObject o = new JSONObject().put("planId", planId).put("kind", kind.name()).put("invoiceNo", invoiceNo)
                    .put("eventDate", eventDate).put("totalFen", totalFen).put("insurancePaidFen", insurancePaidFen)
                    .put("selfPaidFen", selfPaidFen);
            if (!illness.isEmpty()) {
                o.put("illness", illness.length() > MAX_ILLNESS ? illness.substring(0, MAX_ILLNESS) : illness);
            }
            return o.toString();
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
    }
}
