package org.weiyuan.wish;

import java.util.EnumSet;
import java.util.Set;

/** Where a wish stands, from the worker's draft to its close. */
public enum WishStatus {
    DRAFT, SUBMITTED, NEEDS_INFO,
    /** 已发布: vetted and visible to donors, no pledge yet. */
    PUBLISHED,
    /** 部分认捐: some live pledges. */
    PARTLY_FUNDED,
    /** 已筹满: pledges paid up to the target. */
    FUNDED,
    FULFILLING, FULFILLED, CLOSED,
    REJECTED, WITHDRAWN, EXPIRED,
    /** 已冻结: the household is no longer approved (exited, found ineligible); off the feed, takes no money. */
    FROZEN;

    /** Frozen when the household leaves the approved state: every state in which money could still move. */
    public static final Set<WishStatus> FREEZABLE = EnumSet.of(DRAFT, SUBMITTED, NEEDS_INFO, PUBLISHED, PARTLY_FUNDED, FUNDED, FULFILLING);

    /** Counted against the per-household limit of open wishes. */
    public static final Set<WishStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, NEEDS_INFO, PUBLISHED, PARTLY_FUNDED, FUNDED, FULFILLING);
    /** Donors can pledge. */
    public static final Set<WishStatus> FUNDABLE = EnumSet.of(PUBLISHED, PARTLY_FUNDED);
}
