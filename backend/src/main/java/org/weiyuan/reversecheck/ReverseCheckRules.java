package org.weiyuan.reversecheck;

import org.weiyuan.common.DomainException;
import org.weiyuan.funding.Disbursement;
import org.weiyuan.unionaid.UnionAidEntities.LineStatus;

/** 倒查 starts from money that was actually paid: a paid union-aid line, an approved disbursement. */
public final class ReverseCheckRules {

    private ReverseCheckRules() { }

    public static void requirePaid(LineStatus status) {
        if (status != LineStatus.PAID) {
            throw DomainException.conflict("problem.reverse-check.not-paid", status);
        }
    }

    public static void requirePaid(Disbursement.Status status) {
        if (status != Disbursement.Status.APPROVED) {
            throw DomainException.conflict("problem.reverse-check.not-paid", status);
        }
    }
}
