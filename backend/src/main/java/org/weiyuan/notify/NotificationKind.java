package org.weiyuan.notify;

/** What a notification is about; its title and body come from messages_*.properties (notify.KIND.*). */
public enum NotificationKind {
    HOUSEHOLD_NEEDS_INFO, HOUSEHOLD_APPROVED, HOUSEHOLD_REJECTED, HOUSEHOLD_EXITED,
    WISH_NEEDS_INFO, WISH_PUBLISHED, WISH_FIRST_PLEDGE, WISH_FUNDED, WISH_DISBURSED,
    PLEDGE_PAID, PLEDGE_REFUNDED, PLEDGE_MOVED, THANK_YOU_RECEIVED,
    /** Donor: the household left the files (e.g. found ineligible); the wish is frozen and the gift refunded or moved. */
    PLEDGE_REFUNDED_WISH_FROZEN, PLEDGE_MOVED_WISH_FROZEN,
    /** Staff: a household file or a wish waits for review in their queue. */
    STAFF_HOUSEHOLD_QUEUED, STAFF_WISH_QUEUED,
    /** Staff: a disbursement above the threshold waits for a second approver. */
    DISBURSEMENT_NEEDS_SECOND_APPROVAL,
    /** Worker: a new listing fits them strongly; an application moved on. */
    JOB_STRONG_MATCH, APPLICATION_STATUS,
    /** Worker: a service order was booked with a provider. */
    SERVICE_ORDER_BOOKED,
    /** Operators: push deliveries gave up after all retries. */
    DELIVERIES_PARKED,
    /** Operators: a scheduled invariant check (ledger, audit chain, ...) found a discrepancy. */
    INVARIANT_VIOLATED,
    /** Helper: a paired household is overdue for contact (帮扶联系逾期). */
    FOLLOWUP_CONTACT_OVERDUE,
    /** Helper: a festival or birthday visit task was created. */
    FOLLOWUP_VISIT_TASK,
    /** Member: their mutual-aid claim (互助申领) moved on (submitted, reviewed, paid, rejected). */
    MUTUAL_AID_CLAIM_STATUS,
    /** Staff: a mutual-aid claim waits for their review or approval. */
    MUTUAL_AID_CLAIM_QUEUED,
    /** Staff: a union aid list (帮扶名单) waits for a second staff member's approval. */
    UNION_AID_LIST_QUEUED,
    /** Staff: a prepared transfer between union funds (资金划转) waits for a staff member other than its preparer. */
    UNION_AID_TRANSFER_QUEUED,
    /** Worker: union aid (工会帮扶) was paid to their household. */
    UNION_AID_PAID,
    /** Staff: a birthday or festival visit to a model worker they keep contact with (劳模走访). */
    MODEL_WORKER_VISIT_TASK,
    /** 申诉: staff of the unit above hear of an appeal to review; the household and the decider of its outcome. */
    STAFF_APPEAL_QUEUED, HOUSEHOLD_APPEAL_UPHELD, HOUSEHOLD_APPEAL_REVERSED, STAFF_APPEAL_DECIDED,
    /** 责任追究: the staff member a finding holds accountable hears of it, with the role and the reasons. */
    STAFF_ACCOUNTABILITY_FINDING,
    /** 退款 (issue 14, money5): the household hears that money it paid back on a cancelled recovery was paid out to it. */
    HOUSEHOLD_RECOVERY_REFUND_PAID
}
