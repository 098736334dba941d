package org.weiyuan.followup;

import org.weiyuan.followup.FollowupEntities.LinkKind;

import java.util.Optional;

/**
 * When what carries a measure out has done its part, and the result then written on the measure.
 * Plain rules: a job application completes with a placement (HIRED); a wish when it is fulfilled
 * (FULFILLED: the help reached the household); a service order when it is booked with a provider
 * (BOOKED: the platform records no later "delivered" state, so booking is the furthest it knows);
 * a union aid line when its list was paid (PAID: the money or goods left the fund for the household).
 */
public final class MeasureCarriers {

    private MeasureCarriers() { }

    /** The result to record when the carrier in {@code status} completes the measure, else empty. */
    public static Optional<String> completion(LinkKind kind, String status) {
        return Optional.ofNullable(switch (kind) {
            case JOB_APPLICATION -> "HIRED".equals(status) ? "已录用上岗 Placed in the job applied for" : null;
            case WISH -> "FULFILLED".equals(status) ? "微愿已实现 The wish was fulfilled" : null;
            case SERVICE_ORDER -> "BOOKED".equals(status) ? "服务已预约到服务机构 The service was booked with a provider" : null;
            case UNION_AID -> "PAID".equals(status) ? "工会帮扶资金已发放 The union aid was paid" : null;
        });
    }
}
